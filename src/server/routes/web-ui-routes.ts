import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where the built web UI lives. */
export interface WebUiOptions {
  /** The Vite build output: `dist/web` (holds index.html and assets/). */
  root: string;
}

/** The paths the single-page app owns: each answers with index.html and the app routes itself. */
const APP_PATHS = ['/', '/session/*', '/dashboard'];

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gapwise</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
<h1>Gapwise</h1>
<p>The web UI has not been built yet. Run <code>npm run build:web</code> (or <code>npm install</code>),
then reload this page.</p>
<p>The HTTP API is running: see <a href="/docs">/docs</a>.</p>
</body></html>`;

/**
 * Serves the web UI at `/`: hashed assets with long-lived cache headers, and index.html (never
 * cached, so a new build is picked up) for every path the app routes itself. When the UI has not
 * been built, `/` says how to build it instead of answering 404.
 * @example await registerWebUiRoutes(app, { root: fileURLToPath(new URL('../../dist/web', import.meta.url)) });
 */
export async function registerWebUiRoutes(app: FastifyInstance, { root }: WebUiOptions): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    // One route per built file, so unknown paths still reach the API's 404 handler.
    wildcard: false,
    // `/` is answered below, with the other app paths.
    index: false,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      // Vite puts a content hash in every asset name: a changed file gets a new name.
      const isHashedAsset = filePath.startsWith(join(root, 'assets'));
      reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendApp = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  for (const url of APP_PATHS) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) => sendApp(reply));
  }
}
