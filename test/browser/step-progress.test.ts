import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { type BrowserServer, startBrowserServer } from './browser-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VITE_CONFIG = fileURLToPath(new URL('../../src/web/vite.config.ts', import.meta.url));

/** Holds every model call while closed, so the page can be looked at mid-call. */
async function startModelGate(target: string) {
  const origin = new URL(target).origin;
  let gate: Promise<void> = Promise.resolve();
  let open = () => {};
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await gate;
    const upstream = await fetch(`${origin}${request.url}`, {
      method: request.method,
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat(chunks),
    });
    response.writeHead(upstream.status, { 'content-type': 'application/json' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => open(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const CV = `Lena Brandt
lena@example.com

Experience
Data Engineer — Kestrel Retail
Mar 2020 – Present
- Built Airflow pipelines in Python loading 2 TB a day into BigQuery
- Modelled the sales mart in dbt and cut report runtime by 70%

Skills
Python, SQL, Airflow, BigQuery, dbt`;

const JOB = `Senior Data Engineer

Requirements
- Strong experience with Apache Spark
- Experience with Kafka or other streaming platforms`;

let webRoot: string;
let fakeModel: FakeModelServer;
let gate: Awaited<ReturnType<typeof startModelGate>>;
let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  // Built from the current sources into a directory of its own (dist/web may be older).
  webRoot = mkdtempSync(join(tmpdir(), 'gapwise-web-'));
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  fakeModel = await startFakeModelServer({ latencyMs: 5 });
  gate = await startModelGate(fakeModel.url);
  server = await startBrowserServer({
    webRoot,
    env: { OPENAI_BASE_URL: gate.url, GAPWISE_MODEL: 'openai-compatible:fake-model' },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  gate?.release();
  await browser?.close();
  await server?.close();
  await gate?.close();
  await fakeModel?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('the waiting state in the browser', () => {
  it('names the stage under way while the model works: creating the session, then scoring an answer', async () => {
    const context = await browser.newContext({ viewport: { width: 1180, height: 860 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(server.url);
    await page.locator('summary', { hasText: 'Or paste your CV as text' }).click();
    await page.locator('#cv-text').fill(CV);
    await page.locator('#job-text').fill(JOB);
    const status = page.getByRole('status');

    gate.hold();
    await page.getByRole('button', { name: 'Find my gaps' }).click();
    // Only the server's progress stream can say this: the page's own label is about "finding the gaps".
    await status
      .filter({ hasText: /Reading the job description|Comparing your CV|Writing .*interview questions/ })
      .waitFor();
    gate.release();
    await page.getByRole('button', { name: 'Start the interview' }).click();

    await page
      .locator('#answer')
      .fill('At Kestrel Retail I ran Spark jobs on 2 TB a day and cut the runtime by half.');
    const answered = page.waitForResponse((response) => response.url().includes('/answers'));
    gate.hold();
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await status.filter({ hasText: 'Scoring your answer against the rubric…' }).waitFor();
    gate.release();
    expect((await answered).status()).toBe(200);
    // Once the step is over, the stage is no longer shown.
    await expect.poll(() => status.first().textContent()).not.toContain('Scoring');
    await context.close();
  }, 120_000);
});
