import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImageOnlyPdf } from '../support/make-pdf.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

const cvText = `Jo Park
jo.park@example.com

Experience
Backend Engineer — Fernwood Bank
Jan 2020 – Present
- Built payment services in Java and Spring Boot
- Ran PostgreSQL databases for the ledger

Skills
Java, Spring Boot, PostgreSQL, Docker`;

const jobText = `Backend Engineer

Requirements
- 3+ years of Java
- Experience with Kubernetes
- Experience with Kafka`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ MAX_UPLOAD_BYTES: String(64 * 1024) });
});

afterAll(async () => {
  await server?.close();
});

function upload(bytes: Uint8Array, name = 'cv.bin'): FormData {
  const form = new FormData();
  form.set('cv', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  form.set('jobText', jobText);
  return form;
}

describe('bad input gets a clear error with a stable code and the right status', () => {
  it('400 for a body that is not JSON', async () => {
    const broken = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"cvText": ',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('BAD_REQUEST');
  });

  it('400 naming the missing field when the job is missing', async () => {
    const reply = await call(`${server.url}/api/sessions`, { json: { cvText } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('BAD_REQUEST');
    expect(reply.body.error.message).toContain('jobText');
  });

  it('400 EMPTY_DOCUMENT for a whitespace-only CV', async () => {
    const reply = await call(`${server.url}/api/sessions`, { json: { cvText: '   \n\t ', jobText } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('EMPTY_DOCUMENT');
  });

  it('413 for a file over the size limit', async () => {
    const reply = await call(`${server.url}/api/sessions`, {
      form: upload(new Uint8Array(100 * 1024).fill(65)),
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe('FILE_TOO_LARGE');
  });

  it('415 for a file type Gapwise cannot read, whatever its name says', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const reply = await call(`${server.url}/api/sessions`, { form: upload(png, 'cv.pdf') });
    expect(reply.status).toBe(415);
    expect(reply.body.error.code).toBe('UNSUPPORTED_TYPE');
  });

  it('422 for a PDF with no text layer, saying it looks scanned', async () => {
    const reply = await call(`${server.url}/api/sessions`, {
      form: upload(await makeImageOnlyPdf(), 'scan.pdf'),
    });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('PDF_NO_TEXT');
    expect(reply.body.error.message.toLowerCase()).toContain('scan');
  });

  it('422 for a corrupt PDF', async () => {
    const corrupt = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage');
    const reply = await call(`${server.url}/api/sessions`, { form: upload(corrupt) });
    expect(reply.status).toBe(422);
    expect(reply.body.error.code).toBe('CV_UNREADABLE');
  });

  it('400 for an empty answer and 404 for an unknown question, and nothing is lost', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.body;
    const question = created.body.session.questions[0];
    const base = `${server.url}/api/sessions/${sessionId}/questions`;
    const empty = await call(`${base}/${question.id}/answers`, { token, json: { answer: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('EMPTY_ANSWER');
    const unknown = await call(`${base}/q-nope/answers`, { token, json: { answer: 'Some answer' } });
    expect(unknown.status).toBe(404);
    const after = await call(`${server.url}/api/sessions/${sessionId}`, { token });
    expect(after.body.questions[0].turns).toEqual([]);
  });

  it('409 ANSWER_CONFLICT for concurrent submissions to one question: one wins', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    const { sessionId, token } = created.body;
    const question = created.body.session.questions[0];
    const url = `${server.url}/api/sessions/${sessionId}/questions/${question.id}/answers`;
    const answer = 'At Fernwood Bank I ran the Kafka consumers for the ledger and cut lag by 30%.';
    const replies = await Promise.all([1, 2, 3].map(() => call(url, { token, json: { answer, turn: 0 } })));
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    for (const reply of replies.filter((r) => r.status === 409))
      expect(reply.body.error.code).toBe('ANSWER_CONFLICT');
    const after = await call(`${server.url}/api/sessions/${sessionId}`, { token });
    const stored = after.body.questions.find((q: { id: string }) => q.id === question.id);
    expect(stored.turns).toHaveLength(1);
  });

  it('never shows a stack trace or internal detail', async () => {
    const corruptDocx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('not really a zip'),
    ]);
    const reply = await call(`${server.url}/api/sessions`, { form: upload(corruptDocx, 'cv.docx') });
    expect(reply.status).toBe(422);
    expect(Object.keys(reply.body.error).sort()).toEqual(['code', 'message']);
    expect(JSON.stringify(reply.body)).not.toMatch(/\.ts:\d+|node_modules|Error:/);
  });
});

describe('limits', () => {
  it('429 with Retry-After when a client sends too many requests', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 5; i += 1) {
        last = await call(`${limited.url}/api/sessions/x`, { token: 't' });
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
      expect(statuses[4]).toBe(429);
      expect(last?.body.error.code).toBe('RATE_LIMITED');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers', async () => {
    const reply = await call(`${server.url}/health`);
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
