import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/make-pdf.js';
import { call, type HttpResult, startTestServer, type TestServer } from '../support/test-server.js';

const cvLines = readFileSync(new URL('../../examples/cv.md', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/^#+\s*/, ''))
  .filter((line) => line.trim() !== '');
const jobText = readFileSync(new URL('../../examples/job.md', import.meta.url), 'utf8');

/** An answer a strong candidate gives: the skill, their own actions, scale and a result. */
function strongAnswer(skill: string): string {
  return `Yes. At Acme Payments I designed and built the reconciliation service with ${skill} in 2023. I owned the rollout to 12 clinics, wrote the runbooks and led two engineers. It cut failed settlement runs by 40% and saved about 6 hours of manual work a week.`;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

async function createFromPdf(): Promise<{ id: string; token: string; body: HttpResult['body'] }> {
  const half = Math.ceil(cvLines.length / 2);
  const pdf = await makePdf({ pages: [cvLines.slice(0, half), cvLines.slice(half)] });
  const form = new FormData();
  form.set('cv', new Blob([pdf as Uint8Array<ArrayBuffer>]), 'cv.pdf');
  form.set('jobText', jobText);
  const created = await call(`${server.url}/api/sessions`, { form });
  expect(created.status).toBe(201);
  return { id: created.body.sessionId, token: created.body.token, body: created.body };
}

describe('a whole session over HTTP on the offline engine', () => {
  it('goes from a PDF upload to the tailored CV, and deletion leaves nothing', async () => {
    const { id, token, body } = await createFromPdf();
    expect(id.length).toBeGreaterThanOrEqual(22);
    expect(body.session.report.matchScore).toBeGreaterThan(0);
    const questions = body.session.questions as Array<{
      id: string;
      requirement: { keywords: string[]; text: string };
    }>;
    expect(questions.length).toBeGreaterThanOrEqual(3);

    const outcomes: string[] = [];
    for (const [index, question] of questions.entries()) {
      const skill = question.requirement.keywords[0] ?? question.requirement.text;
      const answerUrl = `${server.url}/api/sessions/${id}/questions/${question.id}/answers`;
      let reply = await call(answerUrl, {
        token,
        json: {
          answer:
            index === 2
              ? 'No, I have no experience with that.'
              : index === 1
                ? `A little ${skill}.`
                : strongAnswer(skill),
        },
      });
      expect(reply.status).toBe(200);
      expect(reply.body.evaluation.score).toBeGreaterThanOrEqual(0);
      for (let round = 0; reply.body.next.kind === 'follow-up' && round < 3; round += 1) {
        expect(reply.body.next.followUps.length).toBeGreaterThan(0);
        reply = await call(answerUrl, { token, json: { answer: strongAnswer(skill) } });
        expect(reply.status).toBe(200);
      }
      outcomes.push(reply.body.next.kind);
      if (reply.body.next.kind === 'bullet') {
        expect(reply.body.next.review.grounded).toBe(true);
        const decided = await call(`${server.url}/api/sessions/${id}/questions/${question.id}/decision`, {
          token,
          json: { action: 'accept' },
        });
        expect(decided.status).toBe(200);
      }
    }
    expect(outcomes[0]).toBe('bullet');
    expect(outcomes[1]).toBe('bullet');
    expect(outcomes[2]).toBe('true-gap');

    const result = await call(`${server.url}/api/sessions/${id}/result`, { token });
    expect(result.status).toBe(200);
    expect(result.body.markdown).toContain('Acme Payments');
    expect(result.body.scoreAfter).toBeGreaterThan(result.body.scoreBefore);

    expect((await call(`${server.url}/api/sessions/${id}`, { method: 'DELETE', token })).status).toBe(204);
    const gone = await call(`${server.url}/api/sessions/${id}`, { token });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('SESSION_NOT_FOUND');
  });

  it('streams progress as server-sent events, in order', async () => {
    const { id, token } = await createFromPdf();
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/sessions/${id}/events?token=${token}`, {
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('question.generated')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const types = [...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(types.filter((type) => type !== 'step.progress').slice(0, 2)).toEqual([
      'analysis.started',
      'analysis.done',
    ]);
    expect(types).toContain('question.generated');
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('refuses a missing token, a wrong token and another session’s token', async () => {
    const first = await createFromPdf();
    const second = await createFromPdf();
    const url = `${server.url}/api/sessions/${first.id}`;
    const missing = await call(url);
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('UNAUTHORIZED');
    const wrong = await call(url, { token: 'not-the-token' });
    const others = await call(url, { token: second.token });
    const unknown = await call(`${server.url}/api/sessions/does-not-exist`, { token: first.token });
    // The same answer whether the session exists or not.
    for (const refused of [wrong, others, unknown]) {
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe('SESSION_NOT_FOUND');
    }
    expect((await call(url, { token: first.token })).status).toBe(200);
  });
});
