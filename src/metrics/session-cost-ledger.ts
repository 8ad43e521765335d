/** Cost of one session or question over its life. */
export interface CostEntry {
  id: string;
  firstSeenMs: number;
  lastSeenMs: number;
  calls: number;
  /** USD of the priced calls. */
  costUsd: number;
  /** Calls whose model had no price: the cost is then a lower bound. */
  unpricedCalls: number;
}

/** Cost per session or question among those active in a window. */
export interface CostEntrySummary {
  /** Sessions (or questions) with a model call in the window. */
  count: number;
  /** Mean lifetime cost of those, USD. */
  averageUsd: number | null;
  maxUsd: number | null;
}

/** Options of SessionCostLedger. */
export interface SessionCostLedgerOptions {
  maxSessions: number;
  maxQuestions: number;
}

/**
 * Lifetime cost per session and per question, bounded: each map keeps at most its maximum entries,
 * dropping the least recently active (Map order is kept as recency by re-inserting on update).
 */
export class SessionCostLedger {
  private readonly sessions = new Map<string, CostEntry>();
  private readonly questions = new Map<string, CostEntry>();

  constructor(private readonly options: SessionCostLedgerOptions) {}

  /** Adds one call's cost (null when unpriced) to its session and question. */
  add({
    sessionId,
    questionId,
    usd,
    now,
  }: {
    sessionId?: string | undefined;
    questionId?: string | undefined;
    usd: number | null;
    now: number;
  }): void {
    if (sessionId === undefined) return;
    touch(this.sessions, sessionId, { usd, now, max: this.options.maxSessions });
    if (questionId !== undefined) {
      touch(this.questions, `${sessionId}/${questionId}`, { usd, now, max: this.options.maxQuestions });
    }
  }

  /** Drops entries not active since `cutoffMs` (oldest first, so it stops at the first recent one). */
  prune(cutoffMs: number): void {
    for (const map of [this.sessions, this.questions]) {
      for (const [id, entry] of map) {
        if (entry.lastSeenMs >= cutoffMs) break;
        map.delete(id);
      }
    }
  }

  /** Summaries over the entries active since `fromMs`. */
  summary(fromMs: number): { perSession: CostEntrySummary; perQuestion: CostEntrySummary } {
    return { perSession: summarize(this.sessions, fromMs), perQuestion: summarize(this.questions, fromMs) };
  }

  /** Number of entries held (for memory accounting). */
  get size(): { sessions: number; questions: number } {
    return { sessions: this.sessions.size, questions: this.questions.size };
  }
}

function touch(
  map: Map<string, CostEntry>,
  id: string,
  { usd, now, max }: { usd: number | null; now: number; max: number },
): void {
  let entry = map.get(id);
  if (entry) {
    map.delete(id);
  } else {
    entry = { id, firstSeenMs: now, lastSeenMs: now, calls: 0, costUsd: 0, unpricedCalls: 0 };
    if (map.size >= max) {
      const oldest = map.keys().next();
      if (!oldest.done) map.delete(oldest.value);
    }
  }
  entry.lastSeenMs = Math.max(entry.lastSeenMs, now);
  entry.calls++;
  if (usd === null) entry.unpricedCalls++;
  else entry.costUsd += usd;
  map.set(id, entry);
}

/** One linear pass (no sort): the dashboard may be asked for often and the ledger holds thousands of entries. */
function summarize(map: Map<string, CostEntry>, fromMs: number): CostEntrySummary {
  let count = 0;
  let total = 0;
  let max = 0;
  for (const entry of map.values()) {
    if (entry.lastSeenMs < fromMs) continue;
    count++;
    total += entry.costUsd;
    if (entry.costUsd > max) max = entry.costUsd;
  }
  if (count === 0) return { count: 0, averageUsd: null, maxUsd: null };
  return { count, averageUsd: total / count, maxUsd: max };
}
