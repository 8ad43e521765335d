import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '../../src/server/start-server.js';

/** A Gapwise server in this process on a free port, with its own data directory. */
export interface TestServer {
  url: string;
  server: RunningServer;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts a real server (HTTP on loopback) on the offline engine and SQLite, unless `env` says otherwise. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = env.GAPWISE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'gapwise-test-'));
  const server = await startServer({
    PATH: process.env.PATH,
    LOG_LEVEL: 'silent',
    PORT: '0',
    GAPWISE_DATA_DIR: dataDir,
    ...env,
  });
  return {
    url: server.url,
    server,
    dataDir,
    close: async () => {
      await server.close();
      if (!env.GAPWISE_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A response as tests read it; the body is whatever JSON the route sent. */
export interface HttpResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response fields they assert on one by one
  body: any;
}

/** Small JSON-over-HTTP client for tests: returns status, headers and parsed body. */
export async function call(
  url: string,
  options: {
    method?: string;
    token?: string;
    json?: unknown;
    form?: FormData;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  const response = await fetch(url, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
