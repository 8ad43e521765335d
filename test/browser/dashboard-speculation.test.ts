import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { call } from '../support/test-server.js';
import { thinThenStrongModel } from '../support/thin-then-strong-model.js';
import { type BrowserServer, startBrowserServer } from './browser-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VITE_CONFIG = fileURLToPath(new URL('../../src/web/vite.config.ts', import.meta.url));

const CV = `Lena Brandt
lena@example.com

Experience
Data Engineer — Kestrel Retail
Mar 2020 – Present
- Built Airflow pipelines in Python loading 2 TB a day into BigQuery

Skills
Python, SQL, Airflow, BigQuery`;

const JOB = `Senior Data Engineer

Requirements
- Strong experience with Apache Spark`;

let webRoot: string;
let fakeModel: FakeModelServer;
let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  // Built from the current sources into a directory of its own (dist/web may be older).
  webRoot = mkdtempSync(join(tmpdir(), 'gapwise-web-speculation-'));
  await build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  fakeModel = await startFakeModelServer({ latencyMs: 5, respond: thinThenStrongModel() });
  server = await startBrowserServer({
    webRoot,
    env: { OPENAI_BASE_URL: fakeModel.url, GAPWISE_MODEL: 'openai-compatible:fake-model' },
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fakeModel?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.skipIf(!existsSync(CHROMIUM))('speculation on the dashboard', () => {
  it('shows the follow-ups written ahead of a thin answer’s evaluation as a hit', async () => {
    const context = await browser.newContext({ viewport: { width: 1180, height: 860 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${server.url}/dashboard`);
    const card = page.getByRole('region', { name: 'Speculation' });
    await card.getByText('No calls started ahead in this window').waitFor();

    const created = await call(`${server.url}/api/sessions`, { json: { cvText: CV, jobText: JOB } });
    expect(created.status).toBe(201);
    const { sessionId, token, session } = created.body;
    const answered = await call(
      `${server.url}/api/sessions/${sessionId}/questions/${session.questions[0].id}/answers`,
      { token, json: { answer: 'I used Spark a bit.' } },
    );
    expect(answered.body.next.kind).toBe('follow-up');

    // The page refreshes by itself every 5 s.
    const followUps = card.locator('.figure', { hasText: 'Follow-ups hit rate' }).locator('dd');
    await expect.poll(() => followUps.textContent(), { timeout: 15_000 }).toBe('100 %');
    await expect(
      card.locator('.figure', { hasText: 'Bullet drafts hit rate' }).locator('dd').textContent(),
    ).resolves.toBe('–');
    await expect(card.getByText('Follow-ups: 1 started · 1 used · 0 wasted').count()).resolves.toBe(1);
    await context.close();
  }, 60_000);
});
