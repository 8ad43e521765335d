import type { Dashboard } from '../metrics/dashboard-schema.js';
import type {
  AnswerResult,
  DecisionResult,
  InterviewResult,
  SessionView,
} from '../workflow/interview-service.js';

/** An error the API answered with: a stable code and a message for people. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (typeof init.body === 'string') headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(
      'NETWORK',
      'The Gapwise server cannot be reached. Check your connection and try again.',
      0,
    );
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code: string; message: string } }
    | undefined;
  if (!response.ok) {
    throw new ApiError(
      body?.error?.code ?? 'INTERNAL',
      body?.error?.message ?? `The server answered ${response.status}.`,
      response.status,
    );
  }
  return body as T;
}

/** What creating a session returns. */
export interface CreatedSession {
  sessionId: string;
  token: string;
  session: SessionView;
}

/** The Gapwise HTTP API, as the web UI uses it. */
export const api = {
  /** `progressId`: follow the creation at /api/session-progress/{progressId}/events meanwhile. */
  createSession: (form: FormData, progressId?: string) =>
    request<CreatedSession>(`/api/sessions${progressId ? `?progressId=${progressId}` : ''}`, {
      method: 'POST',
      body: form,
    }),
  getSession: (id: string, token: string) => request<SessionView>(`/api/sessions/${id}`, { token }),
  answer: (id: string, token: string, questionId: string, answer: string, turn: number) =>
    request<AnswerResult>(`/api/sessions/${id}/questions/${questionId}/answers`, {
      method: 'POST',
      token,
      body: JSON.stringify({ answer, turn }),
    }),
  decide: (
    id: string,
    token: string,
    questionId: string,
    action: 'accept' | 'edit' | 'reject',
    text?: string,
  ) =>
    request<DecisionResult>(`/api/sessions/${id}/questions/${questionId}/decision`, {
      method: 'POST',
      token,
      body: JSON.stringify(text === undefined ? { action } : { action, text }),
    }),
  result: (id: string, token: string) => request<InterviewResult>(`/api/sessions/${id}/result`, { token }),
  deleteSession: (id: string, token: string) =>
    request<void>(`/api/sessions/${id}`, { method: 'DELETE', token }),
  dashboard: (windowMinutes: number) =>
    request<Dashboard>(`/api/metrics/dashboard?windowMinutes=${windowMinutes}`),
};
