import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { call } from '../support/test-server.js';
import { thinThenStrongModel } from '../support/thin-then-strong-model.js';
import { type BrowserServer, buildWebFromSources, startBrowserServer } from './browser-server.js';
import { hasChromium, launchChromium, openPage } from './chromium.js';

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
  if (!hasChromium) return;
  // Built from the current sources into a directory of its own (dist/web may be older).
  webRoot = await buildWebFromSources('gapwise-web-speculation-');
  fakeModel = await startFakeModelServer({ latencyMs: 5, respond: thinThenStrongModel() });
  server = await startBrowserServer({
    webRoot,
    env: { OPENAI_BASE_URL: fakeModel.url, GAPWISE_MODEL: 'openai-compatible:fake-model' },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fakeModel?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('speculation on the dashboard', () => {
  it('shows the follow-ups written ahead of a thin answer’s evaluation as a hit', async () => {
    const page = await openPage(browser);
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
    await page.context().close();
  }, 60_000);
});
