import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { startModelGate } from '../support/model-gate.js';
import { type BrowserServer, buildWebFromSources, startBrowserServer } from './browser-server.js';
import { hasChromium, launchChromium, openPage } from './chromium.js';

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
  if (!hasChromium) return;
  // Built from the current sources into a directory of its own (dist/web may be older).
  webRoot = await buildWebFromSources('gapwise-web-');
  fakeModel = await startFakeModelServer({ latencyMs: 5 });
  gate = await startModelGate(fakeModel.url);
  server = await startBrowserServer({
    webRoot,
    env: { OPENAI_BASE_URL: gate.url, GAPWISE_MODEL: 'openai-compatible:fake-model' },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  gate?.release();
  await browser?.close();
  await server?.close();
  await gate?.close();
  await fakeModel?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the waiting state in the browser', () => {
  it('names the stage under way while the model works: creating the session, then scoring an answer', async () => {
    const page = await openPage(browser);
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
    await page.context().close();
  }, 120_000);
});
