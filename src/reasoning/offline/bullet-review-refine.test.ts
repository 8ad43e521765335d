import { describe, expect, it } from 'vitest';
import { BulletReviewSchema } from '../../domain/index.js';
import { checkGrounding } from '../grounding-check.js';
import { createOfflineEngine } from './offline-engine.js';
import { cvOf, LAMBDA_GAP, STRONG_LAMBDA_ANSWER, turn } from './offline-test-fixtures.js';

const engine = createOfflineEngine();
const cv = cvOf();
const context = { sessionId: 's-1', cv, job: { requirements: [LAMBDA_GAP.requirement], rawText: 'job' } };
const question = { id: 'q-req-3', gapId: 'req-3', text: 'Lambda?' };
const answers = [turn(STRONG_LAMBDA_ANSWER)];
const step = { context, gap: LAMBDA_GAP, question, answers };

describe('offline reviewBullet', () => {
  it('passes the engine’s own bullet for a strong answer', async () => {
    const bullet = await engine.generateBullet(step);
    const review = await engine.reviewBullet({ ...step, bullet });
    expect(BulletReviewSchema.parse(review)).toEqual(review);
    expect(review).toMatchObject({ grounded: true, passed: true });
    expect(review.score).toBeGreaterThanOrEqual(8);
  });

  it('fails an ungrounded bullet with score 0 whatever its other qualities', async () => {
    const bullet = {
      text: 'Built a serverless export pipeline on AWS Lambda at Google, cutting costs by 60%',
      skills: ['AWS Lambda'],
    };
    const review = await engine.reviewBullet({ ...step, bullet });
    expect(review).toMatchObject({ grounded: false, score: 0, passed: false });
    expect(review.ungroundedClaims).toEqual(['Google', '60%']);
    expect(review.checks).toMatchObject({
      actionVerb: true,
      keyword: true,
      result: true,
      concise: true,
      noFirstPerson: true,
    });
  });

  it('flags first person, a missing verb and a missing keyword', async () => {
    const bullet = { text: 'I was on the export pipeline that processes 2M records a day', skills: [] };
    const review = await engine.reviewBullet({ ...step, bullet });
    expect(review.checks).toMatchObject({
      actionVerb: false,
      keyword: false,
      noFirstPerson: false,
      result: false,
    });
    expect(review.passed).toBe(false);
  });

  it('takes the pass threshold as an option', async () => {
    const strict = createOfflineEngine({ bulletPassThreshold: 11 });
    const bullet = await strict.generateBullet(step);
    expect((await strict.reviewBullet({ ...step, bullet })).passed).toBe(false);
  });
});

describe('offline refineBullet', () => {
  it('removes ungrounded claims and keeps the rest', async () => {
    const bullet = {
      text: 'Built a serverless export pipeline on AWS Lambda at Google, cutting costs by 60%',
      skills: ['AWS Lambda'],
    };
    const review = await engine.reviewBullet({ ...step, bullet });
    const refined = await engine.refineBullet({ ...step, bullet, review });
    expect(refined.text).not.toMatch(/Google|60/);
    expect(refined.text).toContain('AWS Lambda');
    expect(
      checkGrounding({ text: refined.text, sources: [cv.plainText, STRONG_LAMBDA_ANSWER] }).grounded,
    ).toBe(true);
  });

  it('fixes first person, puts a verb first and adds the grounded keyword', async () => {
    const bullet = { text: 'I designed the export pipeline that processes 2M records a day', skills: [] };
    const review = await engine.reviewBullet({ ...step, bullet });
    const refined = await engine.refineBullet({ ...step, bullet, review });
    expect(refined.text).toMatch(/^Designed/);
    expect(refined.text).toContain('AWS Lambda');
    const again = await engine.reviewBullet({ ...step, bullet: refined });
    expect(again.grounded).toBe(true);
    expect(again.checks).toMatchObject({ actionVerb: true, keyword: true, noFirstPerson: true });
  });

  it.each([
    [
      'Responsible for the refund export pipeline on AWS Lambda and S3 processing 2M records a day, cutting export time from 40 minutes to 3 minutes, reducing hosting costs by 35% and leading two engineers through the rollout at Acme Payments',
      /^Owned the refund export pipeline on AWS Lambda .* reducing hosting costs by 35%$/,
    ],
    [
      'The export pipeline was rebuilt on serverless infrastructure',
      /^Rebuilt the export pipeline on serverless infrastructure using AWS Lambda, cutting export time/,
    ],
    [
      'Designed a serverless export pipeline (Terraform, DynamoDB) on AWS Lambda, reducing costs by 35%',
      /^Designed a serverless export pipeline on AWS Lambda, reducing costs by 35%$/,
    ],
  ])('rewrites %j into a passing bullet', async (text, expected) => {
    const bullet = { text, skills: ['AWS Lambda'] };
    const review = await engine.reviewBullet({ ...step, bullet });
    expect(review.passed).toBe(false);
    const refined = await engine.refineBullet({ ...step, bullet, review });
    expect(refined.text).toMatch(expected);
    expect((await engine.reviewBullet({ ...step, bullet: refined })).passed).toBe(true);
  });
});

describe('offline refineBullet on a trait', () => {
  it('fixes what was flagged without appending "using Teamwork"', async () => {
    const gap = {
      ...LAMBDA_GAP,
      requirement: { ...LAMBDA_GAP.requirement, text: 'Excellent teamwork skills', keywords: ['Teamwork'] },
      evidence: [],
    };
    const traitAnswers = [
      turn('Teamwork matters to me. I chaired the weekly sync for 8 people from 3 teams myself.'),
    ];
    const bullet = { text: 'I chaired the weekly sync for 8 people from 3 teams', skills: [] };
    const traitStep = { context, gap, question, answers: traitAnswers };
    const review = await engine.reviewBullet({ ...traitStep, bullet });
    expect(review.checks.noFirstPerson).toBe(false);
    const refined = await engine.refineBullet({ ...traitStep, bullet, review });
    // Before: "Chaired the weekly sync for 8 people from 3 teams using Teamwork".
    expect(refined.text).toBe('Chaired the weekly sync for 8 people from 3 teams');
  });
});

describe('offline review and refinement of ongoing work', () => {
  it('accepts "Leading …" as an action verb and never turns it into "Delivered leading …"', async () => {
    const gap = {
      ...LAMBDA_GAP,
      requirement: { ...LAMBDA_GAP.requirement, text: 'Kubernetes in production', keywords: ['Kubernetes'] },
      evidence: [],
    };
    const ongoing = [turn("I'm currently leading the migration of our 30 services to Kubernetes.")];
    const ongoingStep = { context, gap, question, answers: ongoing };
    const bullet = { text: 'Leading the migration of the 30 services to Kubernetes', skills: ['Kubernetes'] };
    const review = await engine.reviewBullet({ ...ongoingStep, bullet });
    expect(review.checks.actionVerb).toBe(true);
    const refined = await engine.refineBullet({
      ...ongoingStep,
      bullet,
      review: { ...review, checks: { ...review.checks, noFirstPerson: false }, passed: false },
    });
    expect(refined.text).toMatch(/^Leading the migration/);
  });
});
