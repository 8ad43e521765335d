import { describe, expect, it } from 'vitest';
import { PROGRESS_STAGES } from '../workflow/stage-progress.js';
import { describeEvent } from './use-session-events.js';

describe('progress sentences in the web UI', () => {
  it('names every slow stage the server reports, each differently', () => {
    const sentences = PROGRESS_STAGES.map((stage) =>
      describeEvent({ type: 'step.progress', data: { stage } }),
    );
    expect(sentences).not.toContain('Working…');
    expect(new Set(sentences).size).toBe(PROGRESS_STAGES.length);
  });

  it('counts the questions written so far while a session is created', () => {
    expect(describeEvent({ type: 'question.generated', data: { done: 3, total: 10 } })).toBe(
      'Writing interview questions… 3 of 10 ready',
    );
    expect(describeEvent({ type: 'step.progress', data: { stage: 'reviewing-bullet', attempt: 2 } })).toBe(
      'Reviewing the bullet (draft 2)…',
    );
  });
});
