import { type GapwiseServerProcess, startGapwiseServer } from '../../test/support/gapwise-server-process.js';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';

/** Gapwise server processes sharing one redis-server, as a multi-server deployment runs. */
export interface GapwiseCluster {
  servers: GapwiseServerProcess[];
  redisUrl: string;
  /** Resident set size (bytes) of a server process, from its Prometheus metrics. */
  residentBytes(server: GapwiseServerProcess): Promise<number>;
  /** One unlabelled gauge of a server's Prometheus metrics, e.g. `nodejs_heap_size_used_bytes`. */
  gauge(server: GapwiseServerProcess, name: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts a redis-server and `count` Gapwise server processes on it (offline engine). The HTTP
 * rate limit is lifted and logs are kept to warnings so the figures show the service, not the
 * limiter or log volume.
 */
export async function startGapwiseCluster({
  count,
  env = {},
}: {
  count: number;
  env?: Record<string, string>;
}): Promise<GapwiseCluster> {
  const redis: TestRedisServer = await startRedisServer();
  const servers: GapwiseServerProcess[] = [];
  try {
    for (let i = 0; i < count; i++) {
      servers.push(
        await startGapwiseServer({
          REDIS_URL: redis.url,
          RATE_LIMIT_PER_MINUTE: '1000000000',
          LOG_LEVEL: 'warn',
          ...env,
        }),
      );
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    await redis.destroy();
    throw error;
  }
  const gauge = async (server: GapwiseServerProcess, name: string) => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const line = text.split('\n').find((row) => row.startsWith(`${name} `));
    const value = Number(line?.split(/\s+/)[1]);
    if (!Number.isFinite(value)) throw new Error(`the server did not report ${name}`);
    return value;
  };
  return {
    servers,
    redisUrl: redis.url,
    gauge,
    residentBytes: (server) => gauge(server, 'process_resident_memory_bytes'),
    close: async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await redis.destroy();
    },
  };
}
