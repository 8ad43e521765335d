import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/make-pdf.js';
import { type BrowserServer, startBrowserServer } from './browser-server.js';
import { hasChromium, launchChromium, openPage } from './chromium.js';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** Screenshots are rewritten only on request, so a test run leaves the committed ones alone. */
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (UPDATE_SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}

const CV_LINES = [
  'Maya Okafor',
  'Backend Engineer · maya.okafor@example.com · Leeds, UK',
  'SUMMARY',
  'Backend engineer with 6 years of experience building payment and billing services in Node.js',
  'and TypeScript. Comfortable owning services end to end, from design to on-call.',
  'EXPERIENCE',
  'Senior Backend Engineer — Acme Payments',
  'Mar 2021 – Present',
  '- Designed and built the payments API in Node.js and TypeScript, handling 2 million requests a day',
  '- Moved the settlement jobs from cron scripts to a queue on Redis, cutting failed runs by 80%',
  '- Led the migration from MySQL to PostgreSQL for the ledger service with zero downtime',
  '- Mentored three junior engineers and ran the team code review guild',
  'Software Engineer — Northwind Retail',
  'Jun 2018 – Feb 2021',
  '- Built REST APIs in Express for the order management system',
  '- Wrote integration tests with Jest and cut release regressions by half',
  '- Containerised services with Docker and deployed them with GitLab CI',
  'EDUCATION',
  'BSc Computer Science — University of Leeds, 2014 – 2018',
  'SKILLS',
  'Languages: TypeScript, JavaScript, Python, SQL',
  'Backend: Node.js, Express, REST, GraphQL',
  'Data: PostgreSQL, MySQL, Redis',
  'Tools: Docker, Git, GitLab CI, Jest',
];

const JOB = `# Senior Backend Engineer — Lumen Health

## Requirements

- 5+ years of professional experience in backend development
- Strong experience with Node.js and TypeScript
- Experience with PostgreSQL and data modelling
- Hands-on experience with Kubernetes in production
- Experience with AWS (Lambda, SQS, DynamoDB)
- Bachelor's degree in Computer Science or a related field

## Nice to have

- Experience with Terraform or other infrastructure as code
- Familiarity with Kafka or event-driven architectures
`;

/** A strong answer: relevant, specific, owned, with a result. */
const STRONG_ANSWER =
  'At Acme Payments I built the settlement jobs on AWS Lambda and SQS myself: I wrote the Lambda handlers ' +
  'in TypeScript, set up the SQS queues and DynamoDB tables for 2 million requests a day, and cut failed ' +
  'runs by 80%.';

/** The PNG signature and a few bytes: a file no CV reader accepts. */
const PNG_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

let server: BrowserServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startBrowserServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function newPage(width = 1180, height = 860): Promise<Page> {
  return openPage(browser, { width, height });
}

async function uploadCv(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto(server.url);
  await page.getByLabel('Drop your CV here').setInputFiles(file);
  await page.getByLabel('Job description').fill(JOB);
}

/** The candidate's own version of the first bullet (edit, not accept). */
const EDITED_BULLET =
  'Built the settlement jobs on AWS Lambda and SQS in TypeScript for 2 million requests a day, cutting failed runs by 80%';

/** Answers whatever the current question waits for, until it is settled; edits the bullet when told. */
async function settleCurrentQuestion(page: Page, answer: 'strong' | 'none', editTo?: string) {
  for (let step = 0; step < 6; step++) {
    const outcome = page.getByRole('region', { name: 'Outcome' });
    if (await outcome.isVisible()) return;
    const accept = page.getByRole('button', { name: 'Accept', exact: true });
    if ((await accept.isVisible()) && editTo) {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByLabel('Edit the bullet').fill(editTo);
      await page.getByRole('button', { name: 'Save my version' }).click();
    } else if (await accept.isVisible()) {
      await accept.click();
    } else if (answer === 'none') {
      await page.getByRole('button', { name: 'I have no experience with this' }).click();
    } else {
      await page
        .locator('#answer')
        .fill(
          step === 0
            ? STRONG_ANSWER
            : 'I led that work myself: 12 services, 3 clusters, and on-call incidents fell by half.',
        );
      await page.getByRole('button', { name: 'Submit answer' }).click();
    }
    // Wait for the request to finish: the card is no longer busy.
    await page.waitForSelector('article.question-card[aria-busy="false"]');
  }
  throw new Error('The question did not settle after six steps.');
}

describe.skipIf(!hasChromium)('web UI in a real browser', () => {
  it('shows the reason an unreadable file was refused next to the CV field', async () => {
    const page = await newPage();
    await uploadCv(page, { name: 'cv.png', mimeType: 'image/png', buffer: PNG_BYTES });
    await page.getByRole('button', { name: 'Find my gaps' }).click();

    const error = page.locator('#cv-error');
    await error.waitFor();
    await screenshot(page, 'start-error');
    const message = (await error.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(10);
    // Announced with the field: the file input points to the message.
    expect(await page.locator('#cv-file').getAttribute('aria-describedby')).toBe('cv-error');
    expect(await page.locator('#cv-file').getAttribute('aria-invalid')).toBe('true');
    // The message is the API's own, word for word.
    const form = new FormData();
    form.append('cv', new Blob([PNG_BYTES], { type: 'image/png' }), 'cv.png');
    form.append('jobText', JOB);
    const response = await fetch(`${server.url}/api/sessions`, { method: 'POST', body: form });
    const body = (await response.json()) as { error: { message: string } };
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(message).toBe(body.error.message);
    await page.context().close();
  }, 60_000);

  it('goes from an uploaded PDF through the interview to a downloaded tailored CV, resuming after a reload', async () => {
    const page = await newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const progressStreams: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/events?token=')) progressStreams.push(response.status());
    });
    const pdf = Buffer.from(await makePdf({ pages: [CV_LINES] }));
    await uploadCv(page, { name: 'maya-okafor.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'start');
    await page.getByRole('button', { name: 'Find my gaps' }).click();

    // Gap report: the score gauge, requirements by priority with evidence, the gaps.
    const start = page.getByRole('button', { name: 'Start the interview' });
    await start.waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/session\/[\w-]+$/);
    await expect.poll(() => page.getByRole('img', { name: /Match score: \d+ out of 100/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Critical/ }).count()).toBe(1);
    expect(await page.locator('.requirement.gap').count()).toBeGreaterThan(0);
    expect(await page.locator('.evidence blockquote').first().textContent()).toMatch(/“.+”/);
    await screenshot(page, 'report');

    // Interview: the first question, progress, the gap list.
    await start.click();
    const progressText = await page.locator('.progress-label').textContent();
    const total = Number(/of (\d+)/.exec(progressText ?? '')?.[1]);
    expect(progressText).toBe(`Question 1 of ${total}`);
    expect(total).toBeGreaterThan(1);
    expect(await page.locator('.gap-list li').count()).toBe(total);

    await page.locator('#answer').fill(STRONG_ANSWER);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    const evaluation = page.getByRole('region', { name: 'How your answer scored' });
    await evaluation.waitFor();
    expect(await evaluation.locator('.rubric li').count()).toBe(5);
    expect(await evaluation.locator('.evaluation-score').textContent()).toMatch(/^\d+(\.\d+)?\/10$/);
    await screenshot(page, 'interview', true);

    await settleCurrentQuestion(page, 'strong', EDITED_BULLET);
    const firstOutcome = await page.locator('.outcome .pill').textContent();
    expect(firstOutcome).toBe('Edited');
    expect(await page.locator('.outcome .bullet-text').textContent()).toBe(EDITED_BULLET);
    await page.getByRole('button', { name: 'Next question' }).click();
    expect(await page.locator('.progress-label').textContent()).toBe(`Question 2 of ${total}`);
    // Keyboard users land on the new question, not at the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
    const secondQuestion = await page.locator('#question-heading').textContent();

    // Reload mid-interview: back at the same question, with the first one's status kept.
    await page.reload();
    await page.locator('#question-heading').waitFor();
    expect(await page.locator('#question-heading').textContent()).toBe(secondQuestion);
    expect(await page.locator('.progress-label').textContent()).toBe(`Question 2 of ${total}`);
    expect(await page.locator('.gap-list li').first().locator('.pill').textContent()).toBe(firstOutcome);

    // The rest are true gaps; the first-class button records them, with advice.
    for (let index = 2; index <= total; index++) {
      await settleCurrentQuestion(page, 'none');
      expect(await page.locator('.outcome .pill').textContent()).toBe('True gap');
      if (index < total) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await page.getByRole('button', { name: 'See my tailored CV' }).click();

    // Result: score before → after, the rendered CV, true gaps, downloads.
    await page.getByRole('heading', { name: 'Your tailored CV' }).waitFor();
    expect(await page.getByRole('img', { name: /Before: \d+ out of 100/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /After: \d+ out of 100/ }).count()).toBe(1);
    expect(await page.locator('.cv').textContent()).toContain('Acme Payments');
    expect(await page.locator('.true-gap').count()).toBe(total - 1);
    await screenshot(page, 'result');

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON Resume' }).click(),
    ]);
    const resume = JSON.parse(readFileSync((await jsonDownload.path()) ?? '', 'utf8')) as {
      basics?: { name?: string };
      work?: { name?: string; highlights?: string[] }[];
    };
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
    expect(resume.work?.some((work) => work.name?.includes('Acme'))).toBe(true);
    const [markdownDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = readFileSync((await markdownDownload.path()) ?? '', 'utf8');
    expect(markdownDownload.suggestedFilename()).toMatch(/\.md$/);
    expect(markdown).toContain('Acme Payments');
    // The candidate's edited bullet is in the rendered CV and in both downloads.
    expect(await page.locator('.cv').textContent()).toContain(EDITED_BULLET);
    expect(markdown).toContain(EDITED_BULLET);
    expect(resume.work?.flatMap((work) => work.highlights ?? [])).toContain(EDITED_BULLET);

    // Phone width: the same screen stays readable (no horizontal scrolling).
    await page.setViewportSize({ width: 375, height: 780 });
    await page.getByRole('button', { name: 'Interview' }).click();
    await page.locator('#question-heading').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'mobile-interview');
    // Deleting from the UI removes the session on the server and from this browser.
    const sessionId = /\/session\/([\w-]+)/.exec(page.url())?.[1] ?? '';
    const token = await page.evaluate(
      (id) =>
        (
          JSON.parse(localStorage.getItem('gapwise.sessions') ?? '[]') as { id: string; token: string }[]
        ).find((saved) => saved.id === id)?.token,
      sessionId,
    );
    await page.getByRole('button', { name: 'Delete this session' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByLabel('Job description').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const gone = await fetch(`${server.url}/api/sessions/${sessionId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(gone.status).toBe(404);
    expect(await page.evaluate(() => localStorage.getItem('gapwise.sessions'))).not.toContain(sessionId);

    // The page followed the session's progress stream (server-sent events).
    expect(progressStreams).toContain(200);
    // Nothing blocked (CSP), missing or broken along the way.
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows figures on the dashboard after a session', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('heading', { name: 'Latency per operation' }).waitFor();
    await expect.poll(() => page.locator('.bar-chart').count()).toBeGreaterThan(1);
    const answers = page.locator('.figure', { hasText: 'Answers' }).locator('dd');
    expect(Number(await answers.textContent())).toBeGreaterThan(0);
    const latency = page.getByRole('img', { name: /Latency percentiles per operation\. .+p95 \d/ });
    expect(await latency.count()).toBe(1);
    expect(await page.locator('.components li').count()).toBeGreaterThan(0);
    await screenshot(page, 'dashboard', true);
    // Another window refetches; the figures stay.
    await page.getByLabel('Window').selectOption({ label: 'Last 24 hours' });
    await expect.poll(async () => Number(await answers.textContent())).toBeGreaterThan(0);
    // Readable at phone width: nothing wider than the screen.
    await page.setViewportSize({ width: 375, height: 780 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.goto(server.url);
    await page.getByLabel('Job description').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 60_000);
});
