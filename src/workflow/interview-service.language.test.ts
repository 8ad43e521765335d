import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../analysis/document-language.js';
import type { CvDocument } from '../domain/index.js';
import { readCv } from '../ingest/index.js';
import {
  ENGLISH_TEMPLATE_WORDS,
  GERMAN_CV_MARKDOWN,
  GERMAN_JOB_TEXT,
} from '../reasoning/offline/german-test-documents.js';
import type { InterviewService } from './interview-service.js';
import { type OfflineSqliteService, openOfflineSqliteService } from './testing/offline-sqlite-service.js';

const ENGLISH_CV = `# Dana Smith
Backend engineer with six years of experience building payment systems in Node.js and TypeScript.

## Experience
### Senior Backend Engineer, Acme Payments (2020-01 – present)
- Built the card payments API in Node.js and TypeScript, serving 4 million requests a day
- Led the migration of the ledger from MySQL to PostgreSQL with zero downtime

## Skills
TypeScript, Node.js, PostgreSQL, MySQL, Docker
`;
const ENGLISH_JOB = `Senior Backend Engineer

Requirements:
- Strong experience with Kubernetes in production (must have)
- Kafka or another event streaming platform is a plus
`;

describe('the interview language of a session', () => {
  let opened: OfflineSqliteService;
  let service: InterviewService;
  let germanCv: CvDocument;

  beforeEach(async () => {
    opened = openOfflineSqliteService('gapwise-language-');
    service = opened.service;
    germanCv = await readCv({ bytes: new TextEncoder().encode(GERMAN_CV_MARKDOWN) });
  });

  afterEach(async () => {
    await opened.close();
  });

  it('asks a German candidate in German, and follows up in German, read back from the stored session', async () => {
    const { sessionId, session } = await service.createSession({ cv: germanCv, jobText: GERMAN_JOB_TEXT });
    expect(session.language).toBe('de');
    // The gap report is the first thing the candidate reads: its reasons are German too.
    expect(session.report.gaps.length).toBeGreaterThan(0);
    for (const gap of session.report.gaps) {
      expect(gap.reason).not.toMatch(ENGLISH_TEMPLATE_WORDS);
      expect(gap.reason).toMatch(/Ihr(?:em)? Lebenslauf|Ihren Kenntnissen/);
    }
    expect(session.questions.length).toBeGreaterThan(0);
    for (const question of session.questions) {
      expect(question.text).not.toMatch(ENGLISH_TEMPLATE_WORDS);
      expect(question.text).toMatch(/(?<!\p{L})(?:Sie|Ihr\p{L}*)(?!\p{L})/u);
    }
    const question = session.questions.find((q) => q.requirement.keywords.includes('Kubernetes'));
    if (!question) throw new Error('expected a Kubernetes question');

    // Each step reads the language from the session thread, not from the request.
    const result = await service.submitAnswer(sessionId, question.id, { answer: 'Ja, ein bisschen.' });
    expect(result.next.kind).toBe('follow-up');
    if (result.next.kind !== 'follow-up') return;
    expect(result.evaluation.feedback).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    const followUps = result.next.followUps.map((followUp) => followUp.text).join(' ');
    expect(followUps).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    expect(detectTextLanguage(`${result.evaluation.feedback} ${followUps}`)).toBe('de');
    expect((await service.getSession(sessionId)).language).toBe('de');
  });

  it('keeps an English CV and job in English', async () => {
    const cv = await readCv({ bytes: new TextEncoder().encode(ENGLISH_CV) });
    const { session } = await service.createSession({ cv, jobText: ENGLISH_JOB });
    expect(session.language).toBe('en');
    expect(session.questions.length).toBeGreaterThan(0);
    for (const question of session.questions) {
      expect(question.text).not.toMatch(/(?<!\p{L})(?:Sie|Ihr|Ihre)(?!\p{L})/u);
      expect(question.text).toMatch(ENGLISH_TEMPLATE_WORDS);
    }
  });

  it('lets the user override the detected language', async () => {
    const { sessionId, session } = await service.createSession({
      cv: germanCv,
      jobText: GERMAN_JOB_TEXT,
      language: 'en',
    });
    expect(session.language).toBe('en');
    const question = session.questions[0];
    if (!question) throw new Error('expected a question');
    expect(question.text).toMatch(ENGLISH_TEMPLATE_WORDS);
    const result = await service.submitAnswer(sessionId, question.id, { answer: 'Not really.' });
    expect(result.evaluation.feedback).toMatch(ENGLISH_TEMPLATE_WORDS);
  });
});
