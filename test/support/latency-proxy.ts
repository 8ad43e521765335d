import { createConnection, createServer, type Socket } from 'node:net';

/** A TCP proxy on loopback that delays every byte a client sends, as a slow network would. */
export interface LatencyProxy {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a proxy in front of `127.0.0.1:<port>` that holds each chunk from the client for
 * `delayMs` before passing it on (order kept: equal timeouts fire in the order they were set).
 * Replies pass straight through. Widens the gap between a client's round trips, so that races
 * between them (a key expiring in between) can be reproduced on demand.
 */
export async function startLatencyProxy({
  port,
  delayMs,
}: {
  port: number;
  delayMs: number;
}): Promise<LatencyProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ port, host: '127.0.0.1' });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      setTimeout(() => upstream.write(chunk), delayMs);
    });
    upstream.pipe(client);
    client.on('end', () => setTimeout(() => upstream.end(), delayMs));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `redis://127.0.0.1:${proxyPort}`,
    port: proxyPort,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
