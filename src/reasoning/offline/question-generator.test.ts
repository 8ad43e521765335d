import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../domain/index.js';
import { createOfflineEngine } from './offline-engine.js';
import { cvOf, LAMBDA_GAP, RUST_GAP, requirementOf } from './offline-test-fixtures.js';

const engine = createOfflineEngine({ now: () => new Date('2025-01-01') });
const context = { sessionId: 's-1', cv: cvOf(), job: { requirements: [], rawText: 'job' } };

describe('offline generateQuestion', () => {
  it('names the related employer and the technology the candidate does have', async () => {
    const question = await engine.generateQuestion({ context, gap: LAMBDA_GAP });
    expect(QuestionSchema.parse(question)).toEqual(question);
    expect(question.id).toBe('q-req-3');
    expect(question.gapId).toBe('req-3');
    expect(question.text).toContain('Acme Payments');
    expect(question.text).toMatch(/Amazon Web Services|AWS/);
    expect(question.text).toContain('AWS Lambda');
    expect(question.anchor).toContain('Acme Payments');
  });

  it('is deterministic for a gap, and words different gaps differently', async () => {
    const again = await engine.generateQuestion({ context, gap: LAMBDA_GAP });
    expect(again).toEqual(await engine.generateQuestion({ context, gap: LAMBDA_GAP }));
    const docker = await engine.generateQuestion({
      context,
      gap: {
        ...LAMBDA_GAP,
        id: 'req-9',
        requirement: requirementOf({
          id: 'req-9',
          text: 'Kubernetes in production',
          keywords: ['Kubernetes'],
        }),
        evidence: [],
      },
    });
    expect(docker.text).not.toBe(again.text);
    expect(docker.text).toContain('Kubernetes');
  });

  it('builds on the weak evidence when the CV already names the skill', async () => {
    const gap = {
      ...LAMBDA_GAP,
      id: 'req-4',
      status: 'weak' as const,
      requirement: requirementOf({ id: 'req-4', text: 'Strong PostgreSQL skills', keywords: ['PostgreSQL'] }),
      evidence: [],
    };
    const question = await engine.generateQuestion({ context, gap });
    expect(question.text).toContain('PostgreSQL');
    expect(question.text).toContain('Acme Payments');
    expect(question.text).toMatch(/mentions|list/);
  });

  it('still speaks to the candidate’s background when nothing is related', async () => {
    const question = await engine.generateQuestion({ context, gap: RUST_GAP });
    expect(question.text).toContain('Rust');
    expect(question.text).toContain('Acme Payments');
  });

  it('asks for a situation, action and result for a soft skill', async () => {
    const gap = {
      ...RUST_GAP,
      id: 'req-8',
      requirement: requirementOf({
        id: 'req-8',
        text: 'Experience mentoring junior engineers',
        kind: 'soft-skill',
        keywords: [],
      }),
    };
    const question = await engine.generateQuestion({ context, gap });
    expect(question.text).toContain('mentoring junior engineers');
    expect(question.text).toMatch(/situation/);
  });
});
