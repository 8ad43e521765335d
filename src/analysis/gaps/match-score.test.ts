import { describe, expect, it } from 'vitest';
import type { Priority } from '../../domain/index.js';
import { matchScore, PRIORITY_WEIGHT } from './match-score.js';
import { requirement } from './test-documents.js';

const assessed = (priority: Priority, coverage: number, id = `req-${priority}-${coverage}`) => ({
  requirement: requirement({ id, text: id, priority }),
  coverage,
});

describe('matchScore', () => {
  it('weighs CRITICAL 3, IMPORTANT 2, NICE_TO_HAVE 1', () => {
    expect(PRIORITY_WEIGHT).toEqual({ CRITICAL: 3, IMPORTANT: 2, NICE_TO_HAVE: 1 });
  });

  it('is the priority-weighted mean of coverage (the worked example in docs/scoring.md)', () => {
    const score = matchScore([
      assessed('CRITICAL', 1),
      assessed('CRITICAL', 0.35),
      assessed('IMPORTANT', 0.7),
      assessed('NICE_TO_HAVE', 0),
    ]);
    // (3×1 + 3×0.35 + 2×0.7 + 1×0) / (3 + 3 + 2 + 1) = 5.45 / 9 = 0.6056 → 61
    expect(score).toBe(61);
  });

  it('weighs a soft skill at half its priority (the second worked example in docs/scoring.md)', () => {
    const teamwork = {
      requirement: requirement({
        id: 'teamwork',
        text: 'Excellent teamwork',
        priority: 'CRITICAL',
        kind: 'soft-skill',
      }),
      coverage: 0,
    };
    const score = matchScore([
      assessed('CRITICAL', 1),
      assessed('CRITICAL', 0.35),
      assessed('IMPORTANT', 0.7),
      assessed('NICE_TO_HAVE', 0),
      teamwork,
    ]);
    // 5.45 / (9 + 1.5) = 0.519 → 52
    expect(score).toBe(52);
  });

  it('is 0 for a job without requirements and 100 when everything is covered', () => {
    expect(matchScore([])).toBe(0);
    expect(matchScore([assessed('CRITICAL', 1), assessed('NICE_TO_HAVE', 1)])).toBe(100);
  });

  it('costs more for a missing CRITICAL requirement than for a missing NICE_TO_HAVE one', () => {
    const missingCritical = matchScore([assessed('CRITICAL', 0), assessed('NICE_TO_HAVE', 1)]);
    const missingNice = matchScore([assessed('CRITICAL', 1), assessed('NICE_TO_HAVE', 0)]);
    expect(missingNice).toBeGreaterThan(missingCritical);
  });
});
