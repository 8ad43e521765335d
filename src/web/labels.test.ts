import { describe, expect, it } from 'vitest';
import { RUBRIC_MAX } from '../domain/answer-evaluation.js';
import { RUBRIC_ELEMENTS, RUBRIC_LABELS, RUBRIC_POINTS } from './labels.js';

describe('web UI labels', () => {
  it('shows the same rubric points as the domain defines', () => {
    expect(RUBRIC_POINTS).toEqual(RUBRIC_MAX);
    expect(Object.keys(RUBRIC_LABELS).sort()).toEqual([...RUBRIC_ELEMENTS].sort());
  });
});
