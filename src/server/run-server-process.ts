import { isGapwiseError } from '../errors/index.js';
import { startServer } from './start-server.js';

/**
 * Runs the server as the process's job: start, print the address, stop gracefully on SIGTERM /
 * SIGINT (in-flight requests finish, bounded by SHUTDOWN_TIMEOUT_MS). Exits 1 when it cannot start.
 */
export async function runServerProcess(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const server = await startServer(env);
    console.log(
      `Gapwise is listening on ${server.url} (web UI: ${server.url}/ , API docs: ${server.url}/docs)`,
    );
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      server.app.log.info(`${signal}: finishing in-flight requests, then stopping`);
      await server.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    const message = isGapwiseError(error) ? `error ${error.code}: ${error.message}` : String(error);
    console.error(`Gapwise could not start — ${message}`);
    process.exit(1);
  }
}
