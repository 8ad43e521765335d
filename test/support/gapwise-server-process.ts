import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './redis-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A Gapwise HTTP server running as its own process, as in production. */
export interface GapwiseServerProcess {
  url: string;
  port: number;
  /** Process id, e.g. to send it a signal. */
  pid: number;
  /** Graceful stop (SIGTERM), waiting for the process to exit. */
  stop(): Promise<void>;
  /** `kill -9`: no chance to flush or clean up. */
  kill(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far (its logs). */
  output(): string;
}

/**
 * Starts `src/server/main.ts` in a new Node process on a free port with the given environment,
 * and waits until `/health` answers.
 */
export async function startGapwiseServer(env: Record<string, string> = {}): Promise<GapwiseServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      // Each process gets its own embedded store unless the test shares one on purpose.
      GAPWISE_DATA_DIR: mkdtempSync(join(tmpdir(), 'gapwise-proc-')),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Gapwise server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Gapwise server did not become healthy within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    port,
    pid: child.pid ?? -1,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
