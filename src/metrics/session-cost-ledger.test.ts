import { describe, expect, it } from 'vitest';
import { SessionCostLedger } from './session-cost-ledger.js';

describe('session cost ledger', () => {
  it('sums lifetime cost per session and per question, and averages over those active in the window', () => {
    const ledger = new SessionCostLedger({ maxSessions: 10, maxQuestions: 10 });
    ledger.add({ sessionId: 'a', questionId: 'q1', usd: 0.01, now: 1000 });
    ledger.add({ sessionId: 'a', questionId: 'q2', usd: 0.03, now: 2000 });
    ledger.add({ sessionId: 'b', questionId: 'q1', usd: 0.02, now: 3000 });
    ledger.add({ sessionId: 'b', usd: null, now: 3000 }); // an unpriced call
    const all = ledger.summary(0);
    expect(all.perSession).toEqual({ count: 2, averageUsd: 0.03, maxUsd: 0.04 });
    expect(all.perQuestion.count).toBe(3);
    expect(all.perQuestion.averageUsd).toBeCloseTo(0.02, 12);
    // Session a was last active at 2000, so a window from 2500 sees only b.
    expect(ledger.summary(2500).perSession).toEqual({ count: 1, averageUsd: 0.02, maxUsd: 0.02 });
  });

  it('drops the least recently active entry when full, and prunes entries older than the cutoff', () => {
    const ledger = new SessionCostLedger({ maxSessions: 2, maxQuestions: 2 });
    ledger.add({ sessionId: 'a', usd: 1, now: 1 });
    ledger.add({ sessionId: 'b', usd: 1, now: 2 });
    ledger.add({ sessionId: 'a', usd: 1, now: 3 }); // a is now the most recent
    ledger.add({ sessionId: 'c', usd: 1, now: 4 }); // evicts b
    expect(ledger.size.sessions).toBe(2);
    expect(ledger.summary(0).perSession).toEqual({ count: 2, averageUsd: 1.5, maxUsd: 2 });
    ledger.prune(4);
    expect(ledger.summary(0).perSession).toEqual({ count: 1, averageUsd: 1, maxUsd: 1 });
  });

  it('ignores calls without a session', () => {
    const ledger = new SessionCostLedger({ maxSessions: 2, maxQuestions: 2 });
    ledger.add({ questionId: 'q', usd: 1, now: 1 });
    expect(ledger.size).toEqual({ sessions: 0, questions: 0 });
  });
});
