import { describe, expect, it } from 'vitest';
import { GERMAN_CV_MARKDOWN, GERMAN_JOB_TEXT } from '../reasoning/offline/german-test-documents.js';
import { detectInterviewLanguage, detectTextLanguage } from './document-language.js';

const ENGLISH_CV = `Dana Smith — Backend Engineer
Built the card payments API in Node.js and TypeScript, serving 4 million requests a day.
Led the migration of the ledger from MySQL to PostgreSQL with zero downtime for our customers.`;

describe('document language', () => {
  it('reads a German CV and a German job as German', () => {
    expect(detectTextLanguage(GERMAN_CV_MARKDOWN)).toBe('de');
    expect(detectTextLanguage(GERMAN_JOB_TEXT)).toBe('de');
  });

  it('reads an English CV as English', () => {
    expect(detectTextLanguage(ENGLISH_CV)).toBe('en');
  });

  it('gives no verdict on a bare skills list, which both languages share', () => {
    expect(detectTextLanguage('Python, Docker, Kubernetes, PostgreSQL, GitLab CI, FastAPI')).toBeUndefined();
  });

  it('follows the CV first, then the job, then English', () => {
    expect(detectInterviewLanguage({ cvText: GERMAN_CV_MARKDOWN, jobText: ENGLISH_CV })).toBe('de');
    expect(detectInterviewLanguage({ cvText: 'Python, Docker', jobText: GERMAN_JOB_TEXT })).toBe('de');
    expect(detectInterviewLanguage({ cvText: 'Python, Docker', jobText: 'Kubernetes' })).toBe('en');
  });
});
