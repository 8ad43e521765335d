import { describe, expect, it } from 'vitest';
import type { Priority } from '../../domain/index.js';
import { GAP_THRESHOLD, rankGaps } from './rank-gaps.js';
import { requirement } from './test-documents.js';

const assessed = (id: string, priority: Priority, coverage: number) => ({
  requirement: requirement({ id, text: `requirement ${id}`, priority }),
  coverage,
  evidence: [],
  explanation: `explanation ${id}`,
  gapReason: `reason ${id}`,
});

describe('rankGaps', () => {
  it('keeps requirements below the threshold, CRITICAL first, then lowest coverage first', () => {
    const gaps = rankGaps([
      assessed('nice-missing', 'NICE_TO_HAVE', 0),
      assessed('important-weak', 'IMPORTANT', 0.35),
      assessed('critical-weak', 'CRITICAL', 0.5),
      assessed('critical-covered', 'CRITICAL', 0.9),
      assessed('important-missing', 'IMPORTANT', 0),
      assessed('critical-missing', 'CRITICAL', 0.1),
      assessed('at-threshold', 'CRITICAL', GAP_THRESHOLD),
    ]);
    expect(gaps.map((gap) => gap.id)).toEqual([
      'critical-missing',
      'critical-weak',
      'important-missing',
      'important-weak',
      'nice-missing',
    ]);
  });

  it('labels gaps missing or weak and carries the one-sentence reason', () => {
    const [missing, weak] = rankGaps([assessed('a', 'CRITICAL', 0.2), assessed('b', 'CRITICAL', 0.35)]);
    expect(missing).toMatchObject({ id: 'a', status: 'missing', reason: 'reason a', coverage: 0.2 });
    expect(weak).toMatchObject({ id: 'b', status: 'weak', reason: 'reason b' });
  });

  it('keeps the job order for equal priority and coverage', () => {
    const gaps = rankGaps([assessed('first', 'IMPORTANT', 0), assessed('second', 'IMPORTANT', 0)]);
    expect(gaps.map((gap) => gap.id)).toEqual(['first', 'second']);
  });
});
