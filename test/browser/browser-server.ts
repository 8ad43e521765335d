import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { build } from 'vite';
import { registerWebUiRoutes } from '../../src/server/routes/web-ui-routes.js';
import { registerSecurityHeaders } from '../../src/server/security-headers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The built web UI (Vite output). */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../src/web/vite.config.ts', import.meta.url));

/** Builds the web UI unless a build is already there. */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(`${WEB_ROOT}/index.html`)) return;
  await build({ configFile: VITE_CONFIG, logLevel: 'warn' });
}

/**
 * Builds the web UI from the current sources into a new temporary directory (dist/web may be
 * older than the sources a test checks) and returns it; the caller removes it.
 */
export async function buildWebFromSources(prefix: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** A real Gapwise server (offline engine, SQLite) with the web UI at `url`. */
export interface BrowserServer {
  url: string;
  api: TestServer;
  close(): Promise<void>;
}

const API_PREFIXES = ['/api/', '/docs', '/health'];

/**
 * Starts a real server for browser tests. When the server already serves the web UI (the route
 * is wired into startServer) it is used as it is; otherwise a small front server serves the UI
 * with the same route and security headers, and passes API paths through unchanged (streams
 * included, so server-sent events work).
 */
export async function startBrowserServer(
  options: {
    /** Environment of the API server (e.g. the LLM engine on a fake model). */
    env?: Record<string, string>;
    /** A web UI build to serve instead of dist/web (a test that needs the current sources). */
    webRoot?: string;
  } = {},
): Promise<BrowserServer> {
  if (!options.webRoot) await ensureWebBuild();
  const api = await startTestServer(options.env);
  const home = await fetch(`${api.url}/`);
  if (!options.webRoot && home.ok && (await home.text()).includes('id="root"')) {
    return { url: api.url, api, close: () => api.close() };
  }
  const target = new URL(api.url);
  const front = Fastify({
    logger: false,
    serverFactory: (handler) =>
      createServer((incoming, outgoing) => {
        if (!API_PREFIXES.some((prefix) => incoming.url?.startsWith(prefix))) {
          handler(incoming, outgoing);
          return;
        }
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path: incoming.url,
            method: incoming.method,
            headers: incoming.headers,
          },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 502, response.headers);
            response.pipe(outgoing);
          },
        );
        upstream.on('error', () => {
          if (!outgoing.headersSent) outgoing.writeHead(502);
          outgoing.end();
        });
        outgoing.on('close', () => upstream.destroy());
        incoming.pipe(upstream);
      }),
  });
  await registerSecurityHeaders(front);
  await registerWebUiRoutes(front, { root: options.webRoot ?? WEB_ROOT });
  await front.listen({ port: 0, host: '127.0.0.1' });
  const { port } = front.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    close: async () => {
      front.server.closeAllConnections();
      await front.close();
      await api.close();
    },
  };
}
