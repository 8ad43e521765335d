import type {
  AnswerEvaluation,
  Bullet,
  BulletReview,
  Gap,
  GapReport,
  Job,
  Requirement,
  RubricElement,
} from '../../domain/index.js';
import type { QuestionStepInput, Reasoner } from '../../reasoning/reasoner.js';

/** The reasoner's steps, by method name. */
export type ReasonerStep = Exclude<keyof Reasoner, 'name'>;

/** Options of the scripted reasoner. */
export interface ScriptedReasonerOptions {
  /** Milliseconds each `generateQuestion` call takes (to show that branches run in parallel). */
  questionLatencyMs?: number;
}

/** A deterministic reasoner for tests and benchmarks, with call records and injected failures. */
export interface ScriptedReasoner extends Reasoner {
  /** Every call, in order, by step name. */
  readonly calls: ReasonerStep[];
  /** The most `generateQuestion` calls that were running at the same time. */
  readonly maxConcurrentQuestions: number;
  /** Makes the next call of `step` throw (once). */
  failNext(step: ReasonerStep): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const answersText = (input: QuestionStepInput) => input.answers.map((turn) => turn.answer).join(' ');
const numbersIn = (text: string) => text.match(/\d+(?:[.,]\d+)?/g) ?? [];

/**
 * A reasoner with simple, predictable rules: a job line `- Kubernetes (must)` is a requirement
 * with keyword `Kubernetes`; the CV covers it when its text names the keyword; an answer scores
 * by keyword (3), a number (2 + 2: specificity and impact), "I " (2) and length (1); "no
 * experience" is a true gap; a bullet is grounded when all its numbers were said.
 */
export function createScriptedReasoner(options: ScriptedReasonerOptions = {}): ScriptedReasoner {
  const calls: ReasonerStep[] = [];
  const failing = new Set<ReasonerStep>();
  let running = 0;
  let maxConcurrentQuestions = 0;

  const enter = (step: ReasonerStep) => {
    calls.push(step);
    if (failing.delete(step)) throw new Error(`scripted failure in ${step}`);
  };

  const keywordOf = (gap: Gap) => gap.requirement.keywords[0] ?? gap.requirement.text;

  const evaluate = (input: QuestionStepInput): AnswerEvaluation => {
    const text = answersText(input);
    if (/no experience|never used/i.test(text)) {
      return {
        score: 0,
        rubric: { relevance: 0, specificity: 0, ownership: 0, impact: 0, clarity: 0 },
        missing: [],
        noExperience: true,
        feedback: 'Noted: no experience with this yet.',
      };
    }
    const rubric = {
      relevance: text.toLowerCase().includes(keywordOf(input.gap).toLowerCase()) ? 3 : 0,
      specificity: numbersIn(text).length > 0 ? 2 : 0,
      ownership: /\bI\b/.test(text) ? 2 : 0,
      impact: numbersIn(text).length > 0 ? 2 : 0,
      clarity: text.split(/\s+/).length >= 5 ? 1 : 0,
    };
    const missing = (Object.keys(rubric) as RubricElement[]).filter((element) => rubric[element] === 0);
    const score = Object.values(rubric).reduce((sum, points) => sum + points, 0);
    return { score, rubric, missing, noExperience: false, feedback: `Scored ${score}/10.` };
  };

  const review = (input: QuestionStepInput, bullet: Bullet): BulletReview => {
    const said = `${input.context.cv.plainText} ${answersText(input)}`;
    const ungroundedClaims = numbersIn(bullet.text).filter((number) => !said.includes(number));
    const grounded = ungroundedClaims.length === 0;
    const score = grounded ? 9 : 0;
    return {
      score,
      grounded,
      ungroundedClaims,
      checks: { actionVerb: true, keyword: true, result: true, concise: true, noFirstPerson: true },
      passed: grounded && score >= 8,
      feedback: grounded ? 'Good bullet.' : 'States facts the candidate did not give.',
    };
  };

  return {
    name: 'scripted',
    calls,
    get maxConcurrentQuestions() {
      return maxConcurrentQuestions;
    },
    failNext: (step) => {
      failing.add(step);
    },
    async extractRequirements({ jobText, title, company }): Promise<Job> {
      enter('extractRequirements');
      const requirements: Requirement[] = jobText
        .split('\n')
        .filter((line) => line.trim().startsWith('- '))
        .map((line, index) => {
          const text = line.trim().slice(2).trim();
          const keyword = text.replace(/\(.*\)/, '').trim();
          return {
            id: `req-${index + 1}`,
            text,
            kind: 'skill',
            priority: /must/i.test(text) ? 'CRITICAL' : 'IMPORTANT',
            keywords: [keyword],
          };
        });
      return { title, company, requirements, rawText: jobText };
    },
    async analyseGaps({ cv, job }): Promise<GapReport> {
      enter('analyseGaps');
      const text = cv.plainText.toLowerCase();
      const covered = (requirement: Requirement) =>
        requirement.keywords.some((keyword) => text.includes(keyword.toLowerCase()));
      const gaps: Gap[] = job.requirements
        .filter((requirement) => !covered(requirement))
        .map((requirement) => ({
          id: requirement.id,
          requirement,
          status: 'missing',
          coverage: 0,
          evidence: [],
          reason: `${requirement.keywords[0]} is never mentioned.`,
        }));
      const total = job.requirements.length || 1;
      return {
        matchScore: Math.round(((total - gaps.length) / total) * 100),
        jobTitle: job.title,
        requirements: job.requirements.map((requirement) => ({
          requirement,
          evidence: [],
          coverage: covered(requirement) ? 1 : 0,
          explanation: covered(requirement) ? 'Named in the CV.' : 'Not named in the CV.',
        })),
        gaps,
      };
    },
    async generateQuestion({ gap }) {
      enter('generateQuestion');
      running += 1;
      maxConcurrentQuestions = Math.max(maxConcurrentQuestions, running);
      try {
        if (options.questionLatencyMs) await sleep(options.questionLatencyMs);
      } finally {
        running -= 1;
      }
      return {
        id: `q-${gap.id}`,
        gapId: gap.id,
        text: `Have you worked with ${keywordOf(gap)}?`,
        anchor: 'Acme',
      };
    },
    async evaluateAnswer(input) {
      enter('evaluateAnswer');
      return evaluate(input);
    },
    async generateDeepDive({ evaluation }) {
      enter('generateDeepDive');
      const elements: RubricElement[] = evaluation.missing.length > 0 ? evaluation.missing : ['impact'];
      return {
        followUps: elements
          .slice(0, 3)
          .map((element) => ({ element, text: `Tell me more about ${element}.` })),
      };
    },
    async generateBullet(input) {
      enter('generateBullet');
      const words = answersText(input)
        .replace(/\bI\b\s*/g, '')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 25);
      return { text: `Delivered: ${words.join(' ')}`, workIndex: 0, skills: [keywordOf(input.gap)] };
    },
    async reviewBullet(input) {
      enter('reviewBullet');
      return review(input, input.bullet);
    },
    async refineBullet({ bullet }) {
      enter('refineBullet');
      return { ...bullet };
    },
    async adviseTrueGap({ gap }) {
      enter('adviseTrueGap');
      return { transferable: [], toLearn: [keywordOf(gap)], summary: `Learn ${keywordOf(gap)}.` };
    },
  };
}
