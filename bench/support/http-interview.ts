import { BENCH_CV, BENCH_JOB, strongAnswer } from './scripted-model-replies.js';

/** A session as the HTTP API returned it on creation. */
export interface CreatedSession {
  sessionId: string;
  token: string;
  questions: Array<{ id: string; requirement: { text: string; keywords: string[] } }>;
}

/** One HTTP request's outcome, for latency and error counts. */
export interface RequestSample {
  ms: number;
  ok: boolean;
}

/** Sends JSON to the API and records the request's latency and whether it succeeded (2xx). */
export async function sendJson(
  url: string,
  options: { method?: string; token?: string; json?: unknown },
  samples?: RequestSample[],
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: options.method ?? (options.json === undefined ? 'GET' : 'POST'),
      headers,
      ...(options.json !== undefined && { body: JSON.stringify(options.json) }),
    });
    const text = await response.text();
    samples?.push({ ms: performance.now() - started, ok: response.ok });
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  } catch (error) {
    samples?.push({ ms: performance.now() - started, ok: false });
    throw error;
  }
}

/** The `error.code: message` of an error response, for the benchmark's notes (never CV text). */
function errorCode(body: unknown): string {
  const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return error ? `${error.code}: ${error.message}` : '';
}

/** Creates a session with the benchmark CV and job through `POST /api/sessions`. */
export async function createBenchSession(
  baseUrl: string,
  samples?: RequestSample[],
): Promise<CreatedSession> {
  const { status, body } = await sendJson(
    `${baseUrl}/api/sessions`,
    { json: { cvText: BENCH_CV, jobText: BENCH_JOB } },
    samples,
  );
  if (status !== 201) throw new Error(`POST /api/sessions answered ${status} ${errorCode(body)}`);
  const created = body as {
    sessionId: string;
    token: string;
    session: { questions: CreatedSession['questions'] };
  };
  return { sessionId: created.sessionId, token: created.token, questions: created.session.questions };
}

/**
 * The whole interview over HTTP: create, answer every question (strong answers, follow-ups
 * answered too), accept each bullet, read the result. `nextUrl` picks the server of each request
 * (round-robin across processes). Throws on the first failed request.
 */
export async function runHttpInterview(nextUrl: () => string, samples: RequestSample[]): Promise<void> {
  const session = await createBenchSession(nextUrl(), samples);
  const { sessionId, token } = session;
  for (const question of session.questions) {
    const skill = question.requirement.keywords[0] ?? question.requirement.text;
    let kind = 'follow-up';
    for (let round = 0; round < 3 && kind === 'follow-up'; round++) {
      const { status, body } = await sendJson(
        `${nextUrl()}/api/sessions/${sessionId}/questions/${question.id}/answers`,
        {
          token,
          json: { answer: round === 0 ? strongAnswer(skill) : `${strongAnswer(skill)} (round ${round + 1})` },
        },
        samples,
      );
      if (status !== 200) throw new Error(`answer answered ${status}`);
      kind = (body as { next: { kind: string } }).next.kind;
    }
    if (kind === 'bullet') {
      const { status } = await sendJson(
        `${nextUrl()}/api/sessions/${sessionId}/questions/${question.id}/decision`,
        { token, json: { action: 'accept' } },
        samples,
      );
      if (status !== 200) throw new Error(`decision answered ${status}`);
    }
  }
  const { status } = await sendJson(`${nextUrl()}/api/sessions/${sessionId}/result`, { token }, samples);
  if (status !== 200) throw new Error(`result answered ${status}`);
}
