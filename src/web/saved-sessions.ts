/** A session this browser created: its id and access token (kept only in this browser). */
export interface SavedSession {
  id: string;
  token: string;
  createdAt: string;
}

const KEY = 'gapwise.sessions';

/** Sessions this browser knows, newest first, so a reload or a later visit can resume them. */
export function savedSessions(): SavedSession[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as SavedSession[];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function saveSession(session: SavedSession): void {
  const others = savedSessions().filter((saved) => saved.id !== session.id);
  localStorage.setItem(KEY, JSON.stringify([session, ...others].slice(0, 20)));
}

export function forgetSession(id: string): void {
  localStorage.setItem(KEY, JSON.stringify(savedSessions().filter((saved) => saved.id !== id)));
}

export function tokenFor(id: string): string | undefined {
  return savedSessions().find((saved) => saved.id === id)?.token;
}

/** Where the candidate was in a session, so a reload returns them to the same place. */
export interface SessionPlace {
  stage: 'report' | 'interview' | 'result';
  questionId?: string;
}

const placeKey = (id: string) => `gapwise.place.${id}`;

export function savedPlace(id: string): SessionPlace | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(placeKey(id)) ?? 'null') as SessionPlace | null;
    return parsed && typeof parsed.stage === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function savePlace(id: string, place: SessionPlace): void {
  localStorage.setItem(placeKey(id), JSON.stringify(place));
}

/** Forgets a session and where the candidate was in it. */
export function forgetSessionEverywhere(id: string): void {
  forgetSession(id);
  localStorage.removeItem(placeKey(id));
}
