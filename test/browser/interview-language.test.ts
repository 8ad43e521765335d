import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGLISH_TEMPLATE_WORDS,
  GERMAN_CV_MARKDOWN,
  GERMAN_JOB_TEXT,
} from '../../src/reasoning/offline/german-test-documents.js';
import { type BrowserServer, buildWebFromSources, startBrowserServer } from './browser-server.js';
import { hasChromium, launchChromium, openPage } from './chromium.js';

let webRoot: string;
let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  // Built from the current sources into a directory of its own (dist/web may be older).
  webRoot = await buildWebFromSources('gapwise-web-language-');
  server = await startBrowserServer({ webRoot });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

/** Creates a session from the start screen with the German documents; returns the first question. */
async function firstQuestion(language?: string): Promise<string> {
  const page = await openPage(browser);
  await page.goto(server.url);
  await page.locator('summary', { hasText: 'Or paste your CV as text' }).click();
  await page.locator('#cv-text').fill(GERMAN_CV_MARKDOWN);
  await page.locator('#job-text').fill(GERMAN_JOB_TEXT);
  if (language) await page.getByLabel('Interview language').selectOption(language);
  await page.getByRole('button', { name: 'Find my gaps' }).click();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  const question = (await page.locator('#question-heading').textContent()) ?? '';
  // Marked with its language, for screen readers and hyphenation.
  expect(await page.locator('#question-heading').getAttribute('lang')).toBe(
    language === 'English' ? 'en' : 'de',
  );
  await page.context().close();
  return question;
}

describe.skipIf(!hasChromium)('the interview language in the browser', () => {
  it('shows the German candidate German questions, and English ones when English is chosen', async () => {
    const german = await firstQuestion();
    expect(german).toMatch(/(?<!\p{L})(?:Sie|Ihr\p{L}*)(?!\p{L})/u);
    expect(german).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    const english = await firstQuestion('English');
    expect(english).toMatch(ENGLISH_TEMPLATE_WORDS);
  }, 120_000);
});
