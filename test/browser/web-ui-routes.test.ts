import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWebUiRoutes } from '../../src/server/routes/web-ui-routes.js';

const made: { app: FastifyInstance; dir: string }[] = [];

async function appServing(files: Record<string, string>): Promise<FastifyInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-web-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const app = Fastify({ logger: false });
  await registerWebUiRoutes(app, { root: dir });
  made.push({ app, dir });
  return app;
}

afterEach(async () => {
  for (const { app, dir } of made.splice(0)) {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('registerWebUiRoutes', () => {
  const built = {
    'index.html':
      '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>',
    'assets/app-1a2b.js': 'console.log(1)',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  };

  it('answers every path the app routes itself with index.html, never cached', async () => {
    const app = await appServing(built);
    for (const url of ['/', '/session/abc-123', '/dashboard']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('id="root"');
    }
  });

  it('serves hashed assets with a long immutable cache, other files revalidated', async () => {
    const app = await appServing(built);
    const asset = await app.inject({ url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('leaves unknown paths to the 404 handler instead of answering them with the app', async () => {
    const app = await appServing(built);
    expect((await app.inject({ url: '/nope' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('says how to build the UI when it has not been built', async () => {
    const app = await appServing({});
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('npm run build:web');
  });
});
