import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawWorkflowMermaid } from './draw-workflow.js';

describe('workflow drawings', () => {
  it('are the ones in docs/workflow.md (regenerate the doc when the graphs change)', async () => {
    const doc = readFileSync(new URL('../../docs/workflow.md', import.meta.url), 'utf8');
    const { session, question } = await drawWorkflowMermaid();
    expect(doc).toContain(session.trim());
    expect(doc).toContain(question.trim());
    expect(question).toContain('evaluateAnswer -.-> deepDive');
    expect(session).toContain('analyseGaps -.-> generateQuestion');
  });
});
