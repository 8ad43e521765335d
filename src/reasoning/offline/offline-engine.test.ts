import { describe, expect, it } from 'vitest';
import { GapReportSchema, JobSchema, QuestionSchema } from '../../domain/index.js';
import { createOfflineEngine } from './offline-engine.js';
import { cvOf, STRONG_LAMBDA_ANSWER, turn } from './offline-test-fixtures.js';

const JOB_TEXT = `Senior Backend Engineer

Requirements
- 4+ years of experience with Node.js
- Hands-on experience with AWS Lambda and serverless architectures (must have)
- Strong PostgreSQL skills
- Kubernetes is a plus
`;

describe('createOfflineEngine', () => {
  const engine = createOfflineEngine({ now: () => new Date('2025-06-01') });
  const cv = cvOf();

  it('runs a whole question on the real analysis: requirements, gaps, a tailored question, a passing bullet', async () => {
    expect(engine.name).toBe('offline');
    const job = JobSchema.parse(
      await engine.extractRequirements({ jobText: JOB_TEXT, title: 'Senior Backend Engineer' }),
    );
    const report = GapReportSchema.parse(await engine.analyseGaps({ cv, job }));
    const lambdaGap = report.gaps.find((gap) => gap.requirement.keywords.includes('AWS Lambda'));
    expect(lambdaGap).toBeDefined();
    if (!lambdaGap) return;

    const context = { sessionId: 's-1', cv, job };
    const question = QuestionSchema.parse(await engine.generateQuestion({ context, gap: lambdaGap }));
    expect(question.id).toBe(`q-${lambdaGap.id}`);
    expect(question.text).toContain('Acme Payments');

    const step = { context, gap: lambdaGap, question, answers: [turn(STRONG_LAMBDA_ANSWER, question.text)] };
    const evaluation = await engine.evaluateAnswer(step);
    expect(evaluation.score).toBeGreaterThanOrEqual(7);
    const bullet = await engine.generateBullet(step);
    const review = await engine.reviewBullet({ ...step, bullet });
    expect(review.passed).toBe(true);
  });

  it('asks about every gap of the report, each naming something from the CV', async () => {
    const job = await engine.extractRequirements({ jobText: JOB_TEXT });
    const report = await engine.analyseGaps({ cv, job });
    const context = { sessionId: 's-1', cv, job };
    const questions = await Promise.all(report.gaps.map((gap) => engine.generateQuestion({ context, gap })));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      expect(question.text).toMatch(/Acme Payments|Globex|Shelf|Docker|Node\.js/);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('gives honest true-gap advice through the engine', async () => {
    const job = await engine.extractRequirements({ jobText: JOB_TEXT });
    const report = await engine.analyseGaps({ cv, job });
    const gap = report.gaps.find((g) => g.requirement.keywords.includes('AWS Lambda'));
    if (!gap) throw new Error('expected a Lambda gap');
    const context = { sessionId: 's-1', cv, job };
    const question = await engine.generateQuestion({ context, gap });
    const answers = [turn('No, I have never used it.')];
    expect((await engine.evaluateAnswer({ context, gap, question, answers })).noExperience).toBe(true);
    const advice = await engine.adviseTrueGap({ context, gap, question, answers });
    expect(advice.summary).toMatch(/not used AWS Lambda/);
  });
});
