import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../../src/analysis/document-language.js';
import {
  ENGLISH_TEMPLATE_WORDS,
  GERMAN_CV_MARKDOWN,
  GERMAN_JOB_TEXT,
} from '../../src/reasoning/offline/german-test-documents.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe('the interview language over HTTP', () => {
  it('interviews a German CV and German job in German: questions and follow-ups', async () => {
    const created = await call(`${server.url}/api/sessions`, {
      json: { cvText: GERMAN_CV_MARKDOWN, jobText: GERMAN_JOB_TEXT },
    });
    expect(created.status).toBe(201);
    expect(created.body.session.language).toBe('de');
    const questions: Array<{ id: string; text: string }> = created.body.session.questions;
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) expect(question.text).not.toMatch(ENGLISH_TEMPLATE_WORDS);

    const first = questions[0];
    if (!first) throw new Error('expected a question');
    const answered = await call(
      `${server.url}/api/sessions/${created.body.sessionId}/questions/${first.id}/answers`,
      { token: created.body.token, json: { answer: 'Ja, ein bisschen.' } },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.next.kind).toBe('follow-up');
    const followUps = answered.body.next.followUps
      .map((followUp: { text: string }) => followUp.text)
      .join(' ');
    expect(followUps).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    expect(detectTextLanguage(`${answered.body.evaluation.feedback} ${followUps}`)).toBe('de');
  });

  it('holds the interview in the language the user asks for, as JSON and as multipart', async () => {
    const json = await call(`${server.url}/api/sessions`, {
      json: { cvText: GERMAN_CV_MARKDOWN, jobText: GERMAN_JOB_TEXT, language: 'en' },
    });
    expect(json.status).toBe(201);
    expect(json.body.session.language).toBe('en');
    expect(json.body.session.questions[0].text).toMatch(ENGLISH_TEMPLATE_WORDS);

    const form = new FormData();
    form.set('cv', new Blob([GERMAN_CV_MARKDOWN]), 'lebenslauf.md');
    form.set('jobText', GERMAN_JOB_TEXT);
    form.set('language', 'en');
    const multipart = await call(`${server.url}/api/sessions`, { form });
    expect(multipart.status).toBe(201);
    expect(multipart.body.session.language).toBe('en');
  });

  it('rejects an unsupported language with a 400 naming the supported ones', async () => {
    const json = await call(`${server.url}/api/sessions`, {
      json: { cvText: GERMAN_CV_MARKDOWN, jobText: GERMAN_JOB_TEXT, language: 'fr' },
    });
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe('BAD_REQUEST');
    expect(json.body.error.message).toMatch(/"fr".*"en" \(English\).*"de" \(German\)/);

    const form = new FormData();
    form.set('cv', new Blob([GERMAN_CV_MARKDOWN]), 'lebenslauf.md');
    form.set('jobText', GERMAN_JOB_TEXT);
    form.set('language', 'klingon');
    const multipart = await call(`${server.url}/api/sessions`, { form });
    expect(multipart.status).toBe(400);
    expect(multipart.body.error.message).toMatch(/"en" \(English\).*"de" \(German\)/);
  });

  it('generates batch questions in the language of the parsed CV, unless told otherwise', async () => {
    const resume = {
      basics: {
        name: 'Julia Becker',
        summary:
          'Backend-Entwicklerin mit sechs Jahren Erfahrung in der Entwicklung von Python-Services für die Logistik.',
      },
      work: [
        {
          name: 'Nordlicht Logistik GmbH',
          position: 'Senior Backend-Entwicklerin',
          highlights: [
            'Entwicklung der Sendungsverfolgungs-API mit Python und FastAPI für über 200 Geschäftskunden',
            'Einführung von Docker für die lokale Entwicklung und die Testumgebungen des Teams',
          ],
        },
      ],
    };
    const body = {
      gaps: [{ requirement: 'Kubernetes', priority: 'CRITICAL' }],
      parsed_cv: resume,
      parsed_jd: { title: 'Senior Backend-Entwickler', rawText: GERMAN_JOB_TEXT },
    };
    const german = await call(`${server.url}/api/adaptive-questions/batch-generate`, { json: body });
    expect(german.status).toBe(200);
    expect(german.body.questions[0].text).toContain('Kubernetes');
    expect(german.body.questions[0].text).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    const english = await call(`${server.url}/api/adaptive-questions/batch-generate`, {
      json: { ...body, language: 'en' },
    });
    expect(english.body.questions[0].text).toMatch(ENGLISH_TEMPLATE_WORDS);
    const unsupported = await call(`${server.url}/api/adaptive-questions/batch-generate`, {
      json: { ...body, language: 'fr' },
    });
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.error.message).toMatch(/"en" \(English\).*"de" \(German\)/);
  });
});
