import { describe, expect, it } from 'vitest';
import { BulletSchema } from '../../domain/index.js';
import { findNumbers } from '../grounding-check.js';
import { isStrongActionVerb } from './action-verbs.js';
import { writeOfflineBullet } from './bullet-writer.js';
import { cvOf, LAMBDA_GAP, STRONG_LAMBDA_ANSWER, turn } from './offline-test-fixtures.js';

function expectGoodBullet(text: string, answers: string) {
  const words = text.split(/\s+/);
  expect(isStrongActionVerb(words[0] ?? '')).toBe(true);
  expect(words.length).toBeLessThanOrEqual(30);
  expect(text).not.toMatch(/\b(?:I|me|my|we|our)\b/i);
  const answerValues = findNumbers(answers).map((n) => n.value);
  for (const number of findNumbers(text)) expect(answerValues).toContain(number.value);
}

describe('offline generateBullet', () => {
  it('writes a verb-first, keyword-bearing, concise bullet from the candidate’s own words', () => {
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(STRONG_LAMBDA_ANSWER)] });
    expect(BulletSchema.parse(bullet)).toEqual(bullet);
    expectGoodBullet(bullet.text, STRONG_LAMBDA_ANSWER);
    expect(bullet.text).toContain('AWS Lambda');
    expect(bullet.text).toMatch(/^Designed|^Built/);
    expect(bullet.text).toMatch(/cut|reduc/);
    expect(bullet.workIndex).toBe(0);
    expect(bullet.skills).toEqual(['AWS Lambda']);
  });

  it('maps "I was responsible for" to "Owned" and uses the canonical keyword for an alias', () => {
    const answer =
      'I was responsible for the lambda functions behind our checkout at Globex. They handled 5k orders a day.';
    const gap = { ...LAMBDA_GAP };
    const bullet = writeOfflineBullet({ cv: cvOf(), gap, answers: [turn(answer)] });
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toMatch(/^Owned/);
    expect(bullet.workIndex).toBe(1);
  });

  it('does not claim the team’s work as the candidate’s own', () => {
    const answer =
      'We moved the nightly billing exports to AWS Lambda, which cut the run from 2 hours to 10 minutes.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(answer)] });
    expectGoodBullet(bullet.text.replace(/^Helped /, 'Built '), answer);
    expect(bullet.text).toMatch(/^Helped move/);
    expect(bullet.text).toContain('AWS Lambda');
  });

  it('adds the keyword when the answers name it outside the chosen clause, and stays within 30 words', () => {
    const answer =
      'I rebuilt the image upload flow for the mobile app, including retries, thumbnails, metadata extraction, virus scanning, storage tiering and a new admin review screen for moderators. All of it ran on AWS Lambda. That reduced upload failures by 80%.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(answer)] });
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toContain('AWS Lambda');
    expect(bullet.text).toContain('80%');
  });
});

describe('offline generateBullet on harder answers', () => {
  const relationalGap = {
    ...LAMBDA_GAP,
    id: 'req-5',
    requirement: {
      ...LAMBDA_GAP.requirement,
      id: 'req-5',
      text: 'Relational databases',
      keywords: ['Relational Databases'],
    },
    evidence: [],
  };

  it('counts an instance of an umbrella skill (MySQL for relational databases) without writing the umbrella in', () => {
    const answer =
      'At Acme I designed the mysql schema for the order service, which cut the p95 response time from 800ms to 120ms.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: relationalGap, answers: [turn(answer)] });
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toMatch(/^Designed the MySQL schema/);
    expect(bullet.text).not.toContain('Relational Databases');
    expect(bullet.skills).toEqual(['Relational Databases']);
    expect(bullet.workIndex).toBe(0);
  });

  it('prefers the candidate’s own part of a team sentence and drops what others did', () => {
    const answer =
      'We rolled out AWS Lambda for the exports: I wrote the deployment scripts for all 12 functions, the platform team handled the networking.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(answer)] });
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toMatch(/^Wrote the deployment scripts for all 12 functions/);
    expect(bullet.text).toContain('AWS Lambda');
    expect(bullet.text).not.toMatch(/networking/);
  });

  it('says no more than a thin answer supports', () => {
    const bullet = writeOfflineBullet({
      cv: cvOf(),
      gap: LAMBDA_GAP,
      answers: [turn('Yes, Lambda for image resizing.')],
    });
    expect(bullet.text).toBe('Used AWS Lambda for image resizing');
  });

  it('reads "my job was to" as the candidate’s action and keeps a money result whole', () => {
    const answer =
      'My job was to move the nightly batch jobs off cron on EC2 and onto AWS Lambda; I did the whole migration myself, and afterwards the bill went down by roughly $2,000 a month.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(answer)] });
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toMatch(/^Moved the nightly batch jobs off cron on EC2 and onto AWS Lambda/);
    expect(bullet.text).toContain('$2,000 a month');
  });
});

describe('offline generateBullet after a thin first answer and a follow-up', () => {
  const kubernetesGap = {
    ...LAMBDA_GAP,
    id: 'req-8',
    requirement: {
      ...LAMBDA_GAP.requirement,
      id: 'req-8',
      text: 'Kubernetes in production',
      keywords: ['Kubernetes'],
    },
    evidence: [],
  };

  it('builds on the follow-up’s concrete action and result, not on "I used it a bit"', () => {
    const answers = [
      turn('I used Lambda a bit.'),
      turn(
        'I wrote the resize function myself. It handled 3,000 images a day and cut upload time by half.',
        'What was your own part, and what came of it?',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers });
    // Before: "Used AWS Lambda a bit" — the follow-up's action and result were dropped.
    expect(bullet.text).toBe('Wrote the resize function using AWS Lambda, cutting upload time by half');
  });

  it('keeps a result that shares its subject with another verb, and names what "it" was', () => {
    const answers = [
      turn('We used Lambda a bit.'),
      turn('I owned it end to end for a team of 5; it served 40,000 users and cut support tickets by 20%.'),
    ];
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers });
    // Before: "Owned it end to end for a team of 5 using AWS Lambda" (no 20%, a dangling "it").
    expect(bullet.text).toBe('Owned AWS Lambda end to end for a team of 5, cutting support tickets by 20%');
    expectGoodBullet(bullet.text, answers.map((t) => t.answer).join(' '));
  });

  it('leaves the hedge out of a hedge-only answer and claims nothing more', () => {
    const bullet = writeOfflineBullet({
      cv: cvOf(),
      gap: kubernetesGap,
      answers: [turn('I used Kubernetes a little at Globex.')],
    });
    expect(bullet.text).toBe('Used Kubernetes at Globex');
  });

  it('puts the tool next to the action, not after the result the action carries', () => {
    const answers = [
      turn('I used Kubernetes a little.'),
      turn('I set up the Helm charts for 6 services, and deployments went from 30 minutes to 5 minutes.'),
    ];
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: kubernetesGap, answers });
    expect(bullet.text).toMatch(
      /^Set up the Helm charts for 6 services using Kubernetes, and deployments went/,
    );
    expect(bullet.text).toContain('30 minutes to 5 minutes');
  });

  it('leads with the candidate’s own strong verb rather than "Used X to …"', () => {
    const gap = {
      ...kubernetesGap,
      requirement: {
        ...kubernetesGap.requirement,
        text: 'Object-oriented design using design patterns',
        keywords: ['Design Patterns'],
      },
    };
    const answer =
      'At Acme Payments I used design patterns to rebuild our order tracking service; it cut page load time by 35%.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap, answers: [turn(answer)] });
    // Before: "Used Design Patterns to rebuild the order tracking service, cutting page load time by 35%".
    expect(bullet.text).toBe(
      'Rebuilt the order tracking service using Design Patterns, cutting page load time by 35%',
    );
    expectGoodBullet(bullet.text, answer);
  });

  it('drops "myself" and keeps a tool written the way its maker writes it', () => {
    const migrated = writeOfflineBullet({
      cv: cvOf(),
      gap: kubernetesGap,
      answers: [
        turn(
          'At Acme Payments I migrated 12 services to Kubernetes myself, which reduced hosting costs by 30%.',
        ),
      ],
    });
    expect(migrated.text).toBe('Migrated 12 services to Kubernetes, which reduced hosting costs by 30%');
    const jqueryGap = {
      ...kubernetesGap,
      requirement: { ...kubernetesGap.requirement, text: 'Experience with jQuery', keywords: ['jQuery'] },
    };
    const widgets = writeOfflineBullet({
      cv: cvOf(),
      gap: jqueryGap,
      answers: [
        turn('I built the checkout widgets with jQuery at Acme Payments, used by 200,000 customers.'),
      ],
    });
    // Before: "JQuery" — an alias overwrote the maker's spelling.
    expect(widgets.text).toContain('with jQuery');
  });
});

describe('offline generateBullet: results and traits in everyday wording', () => {
  const gapFor = (keyword: string, text: string) => ({
    ...LAMBDA_GAP,
    requirement: { ...LAMBDA_GAP.requirement, text, keywords: [keyword] },
    evidence: [],
  });

  it('turns "…, and it cut X" into "…, cutting X"', () => {
    const answers = [
      turn('Yes, I know SQL.'),
      turn('I wrote the integration myself for 6 services, and it cut manual work by 10 hours a week.'),
    ];
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: gapFor('SQL', 'Strong SQL'), answers });
    // Before: "Wrote the integration for 6 services using SQL, and it cut manual work by 10 hours a week".
    expect(bullet.text).toBe(
      'Wrote the integration for 6 services using SQL, cutting manual work by 10 hours a week',
    );
  });

  it('keeps an early delivery as the result, as the team’s when the team delivered', () => {
    const answer =
      'At Acme Payments I ran the weekly sync between design and engineering when our launch was slipping; I rewrote the plan with both leads and we shipped 2 weeks early.';
    const bullet = writeOfflineBullet({
      cv: cvOf(),
      gap: gapFor('Teamwork', 'Excellent teamwork skills'),
      answers: [turn(answer)],
    });
    // Before: "Ran the weekly sync between design and engineering when the launch was slipping" (2 weeks dropped).
    expect(bullet.text).toContain('helping the team ship 2 weeks early');
    expectGoodBullet(bullet.text, answer);
  });

  it('never appends a trait as if it were a tool', () => {
    const answers = [
      turn('I used Teamwork a bit.'),
      turn(
        'I set up the agenda and chaired it for 8 people from 3 teams, and the release slipped 0 times after that.',
      ),
    ];
    const bullet = writeOfflineBullet({
      cv: cvOf(),
      gap: gapFor('Teamwork', 'Excellent teamwork skills'),
      answers,
    });
    // Before: "Set up the agenda and chaired it for 8 people from 3 teams using Teamwork, and …".
    expect(bullet.text).not.toMatch(/using Teamwork|Teamwork/);
    expect(bullet.text).toMatch(/^Set up the agenda and chaired it for 8 people from 3 teams/);
  });
});

describe('offline generateBullet placement', () => {
  it('leaves out the employer the bullet is filed under, legal suffix and all', () => {
    const answer =
      'I introduced AWS Lambda for the billing exports at Acme Payments Inc. and led 3 engineers on it; failed exports dropped from 12 to 2 a month.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers: [turn(answer)] });
    expect(bullet.workIndex).toBe(0);
    // Before: "Introduced AWS Lambda for the billing exports at Acme Payments Inc; failed exports …".
    expect(bullet.text).not.toMatch(/Acme|Inc/);
    expect(bullet.text).toMatch(/^Introduced AWS Lambda for the billing exports/);
    expect(bullet.text).toContain('from 12 to 2 a month');
  });
});

describe('offline generateBullet claims only what happened and what the candidate did', () => {
  const k8sGap = {
    ...LAMBDA_GAP,
    requirement: { ...LAMBDA_GAP.requirement, text: 'Kubernetes in production', keywords: ['Kubernetes'] },
    evidence: [],
  };

  it('does not give the candidate another team’s result', () => {
    const answer =
      'I helped a bit with our Kubernetes cluster; the platform team owned it and they cut costs by 40%.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: k8sGap, answers: [turn(answer)] });
    // Before: "Helped with the Kubernetes cluster, cutting costs by 40%".
    expect(bullet.text).not.toContain('40%');
    expect(bullet.text).toBe('Helped with the Kubernetes cluster');
  });

  it('does not write down a result the candidate doubts', () => {
    const answers = [
      turn('I used Lambda a bit.'),
      turn('I think it saved maybe 10%? Not sure, I did not measure it.'),
    ];
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: LAMBDA_GAP, answers });
    // Before: "Used AWS Lambda, saving maybe 10%".
    expect(bullet.text).toBe('Used AWS Lambda');
  });

  it('writes what the candidate did, not a plan that was cancelled', () => {
    const answer =
      'We planned to move to Kubernetes to cut costs by 30%, but the project was cancelled before launch. I wrote the first Helm chart.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: k8sGap, answers: [turn(answer)] });
    // Before: "Helped plan to move to Kubernetes to cut costs by 30%, but the project was cancelled before launch".
    expect(bullet.text).toBe('Wrote the first Helm chart using Kubernetes');
  });

  it('does not turn a hope into a deed', () => {
    const answer = 'I am learning Kubernetes in a course right now and hope to deploy 3 apps by March.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: k8sGap, answers: [turn(answer)] });
    // Before: "Used Kubernetes in a course right now and hope to deploy 3".
    expect(bullet.text).not.toMatch(/hope|deploy|3/);
  });
});

describe('offline generateBullet on ongoing and long answers', () => {
  const k8sGap = {
    ...LAMBDA_GAP,
    requirement: { ...LAMBDA_GAP.requirement, text: 'Kubernetes in production', keywords: ['Kubernetes'] },
    evidence: [],
  };

  it('keeps work in progress in progress, with its scale', () => {
    const answer = "I'm currently leading the migration of our 30 services to Kubernetes at Acme Payments.";
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: k8sGap, answers: [turn(answer)] });
    // Before: "Used Kubernetes to Kubernetes".
    expect(bullet.text).toBe('Leading the migration of the 30 services to Kubernetes');
  });

  it('shortens a long list, not the skill or the result', () => {
    const answer =
      'At Globex I was responsible for moving the monolith, the billing jobs, the reporting stack, the search cluster and the notification workers onto Kubernetes over 18 months, coordinating 4 teams and 2 vendors, which reduced infrastructure cost by 25% and incidents by half.';
    const bullet = writeOfflineBullet({ cv: cvOf(), gap: k8sGap, answers: [turn(answer)] });
    // Before: the 30-word cut dropped "which reduced infrastructure cost by 25% …".
    expectGoodBullet(bullet.text, answer);
    expect(bullet.text).toContain('Kubernetes');
    expect(bullet.text).toContain('reducing infrastructure cost by 25%');
  });
});

describe('offline generateBullet tense', () => {
  it('keeps one tense through the clause', () => {
    const gap = {
      ...LAMBDA_GAP,
      requirement: { ...LAMBDA_GAP.requirement, text: 'Kubernetes in production', keywords: ['Kubernetes'] },
      evidence: [],
    };
    const bullet = writeOfflineBullet({
      cv: cvOf(),
      gap,
      answers: [turn('I maintain the Kubernetes cluster for 20 services and handle on-call for it.')],
    });
    // Before: "Maintained the Kubernetes cluster for 20 services and handle on-call for it".
    expect(bullet.text).toBe('Maintained the Kubernetes cluster for 20 services and handled on-call for it');
  });
});
