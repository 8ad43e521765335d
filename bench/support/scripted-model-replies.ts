/**
 * Replies of the fake OpenAI-compatible server for benchmark sessions: valid structured output
 * per prompt (picked by the JSON-schema name the LLM engine sends), with a strong evaluation and
 * a passing bullet review for a strong answer, so a benchmark can walk the happy path.
 */

/** The skills the benchmark job asks for and the benchmark CV lacks: one gap each. */
export const BENCH_SKILLS = [
  'Kubernetes',
  'Kafka',
  'Terraform',
  'Go',
  'GraphQL',
  'Redis',
  'Apache Spark',
  'Airflow',
  'Elixir',
  'Rust',
] as const;

/** Text every strong scripted answer contains; the fake judge scores such answers high. */
export const STRONG_ANSWER_MARK = 'cut deployment time from 40 minutes to 5 minutes';

/** A strong answer to a question about `skill`: relevant, specific, owned, with a result. */
export const strongAnswer = (skill: string) =>
  `At Acme Payments I set up ${skill} for the card payments API myself: I wrote the configuration, moved 12 services onto it and we ${STRONG_ANSWER_MARK}.`;

/** A thin answer: the fake judge asks a deep-dive round for it. */
export const thinAnswer = (skill: string) => `I used ${skill} a bit.`;

/** The CV of the benchmark sessions (Markdown). */
export const BENCH_CV = `# Dana Smith
Backend engineer · dana@example.com

## Experience

### Senior Backend Engineer, Acme Payments (2020-01 – present)
- Built the card payments API in Node.js and TypeScript, serving 4 million requests a day
- Led the migration of the ledger from MySQL to PostgreSQL with zero downtime

### Backend Developer, Globex (2018-01 – 2019-12)
- Wrote REST services in Node.js for the logistics platform

## Skills
- Languages: TypeScript, JavaScript, SQL
- Tools: Node.js, PostgreSQL, MySQL, Docker, Git
`;

/** A job that asks for TypeScript (covered) and every benchmark skill (gaps). */
export const BENCH_JOB = [
  'Senior Backend Engineer — Platform',
  '',
  'Requirements:',
  '- 5+ years of backend development with TypeScript or Node.js (required)',
  ...BENCH_SKILLS.map((skill) => `- Production experience with ${skill} (required)`),
].join('\n');

interface ChatRequest {
  messages?: Array<{ role: string; content: string | Array<{ type: string; text?: string }> | null }>;
  response_format?: { type: string; json_schema?: { name?: string } };
}

const promptText = (request: ChatRequest) =>
  (request.messages ?? [])
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : (message.content ?? []).map((part) => part.text ?? '').join(''),
    )
    .join('\n');

/** The skill the candidate's strong answer is about, read back from the prompt. */
function answeredSkill(prompt: string): string {
  return /I set up (.+?) for the card payments API/.exec(prompt)?.[1] ?? 'the new platform';
}

const FOLLOW_UP_TEXT: Record<string, string> = {
  relevance: 'Where did this technology come into your work?',
  specificity: 'Roughly how big was it, and which tools did you use alongside it?',
  ownership: 'Which parts did you build or decide yourself?',
  impact: 'What changed because of your work, in numbers?',
  clarity: 'Could you sum it up: the situation, what you did, the result?',
};

/** The rubric elements a deep-dive prompt asks follow-ups for (its first three), impact if none. */
function askedElements(prompt: string): string[] {
  const listed = /Missing rubric elements: ([a-z, ]+)/.exec(prompt)?.[1] ?? '';
  const elements = listed
    .split(',')
    .map((element) => element.trim())
    .filter((element) => element in FOLLOW_UP_TEXT);
  return elements.length > 0 ? elements.slice(0, 3) : ['impact'];
}

/** The reply of the fake model to one request of the LLM engine. */
export function scriptedModelReply(request: ChatRequest): string {
  const name = request.response_format?.json_schema?.name ?? '';
  const strong = promptText(request).includes(STRONG_ANSWER_MARK);
  switch (name) {
    case 'extract_requirements':
      return JSON.stringify({
        title: 'Senior Backend Engineer',
        company: null,
        requirements: [
          {
            text: 'Backend development with TypeScript',
            kind: 'skill',
            priority: 'CRITICAL',
            keywords: ['TypeScript'],
            minYears: 5,
          },
          ...BENCH_SKILLS.map((skill) => ({
            text: `Production experience with ${skill}`,
            kind: 'skill',
            priority: 'CRITICAL',
            keywords: [skill],
            minYears: null,
          })),
        ],
      });
    case 'generate_question':
      return JSON.stringify({
        text: 'Did any of your payments work at Acme use this technology?',
        anchor: 'payments API at Acme',
      });
    case 'evaluate_answer':
      return JSON.stringify(
        strong
          ? {
              rubric: { relevance: 3, specificity: 2, ownership: 2, impact: 2, clarity: 1 },
              missing: [],
              noExperience: false,
              feedback: 'Specific, owned, with a result.',
            }
          : {
              rubric: { relevance: 2, specificity: 0, ownership: 0, impact: 0, clarity: 1 },
              missing: ['specificity', 'ownership', 'impact'],
              noExperience: false,
              feedback: 'Say what you did and what came of it.',
            },
      );
    case 'deep_dive':
      // One follow-up per missing element the prompt lists, at most three, as the prompt asks.
      return JSON.stringify({
        followUps: askedElements(promptText(request)).map((element) => ({
          element,
          text: FOLLOW_UP_TEXT[element] ?? 'What changed because of your work, in numbers?',
        })),
      });
    case 'generate_bullet':
    case 'refine_bullet':
      // Names the gap's skill as a good model would (the job's keyword is one of the bullet checks).
      return JSON.stringify({
        text: `Moved 12 services of the card payments API onto ${answeredSkill(promptText(request))}, cutting deployment time from 40 minutes to 5 minutes`,
        workIndex: 0,
        projectIndex: null,
        skills: [],
      });
    case 'review_bullet':
      return JSON.stringify({
        score: 10,
        ungroundedClaims: [],
        checks: { actionVerb: true, keyword: true, result: true, concise: true, noFirstPerson: true },
        feedback: 'Strong.',
      });
    case 'true_gap_advice':
      return JSON.stringify({ transferable: ['Docker'], toLearn: ['the basics'], summary: 'A true gap.' });
    default:
      return JSON.stringify({ text: 'ok' });
  }
}
