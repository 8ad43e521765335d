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

/**
 * The CV of the benchmark sessions (Markdown), as long as a real CV (about 2.8 kB; the
 * CVs in the shared fixtures are 3–5 kB): prompt-cache figures depend on how much of each prompt
 * is the stable session context, so a toy CV would understate them.
 */
export const BENCH_CV = `# Dana Smith
Senior Backend Engineer · dana@example.com · +44 20 7946 0000 · Manchester, UK
linkedin.com/in/dana-smith-dev

## Summary
Backend engineer with eight years of building payment and logistics services in Node.js and
TypeScript. I design APIs that other teams can rely on, keep databases healthy under growth, and
care about on-call being quiet: most of my work ends with fewer pages and faster releases.

## Experience

### Senior Backend Engineer, Acme Payments (2020-01 – present)
- Built the card payments API in Node.js and TypeScript, serving 4 million requests a day at a p99 of 120 ms
- Led the migration of the ledger from MySQL to PostgreSQL with zero downtime, moving 900 million rows over six weekends
- Designed idempotency keys and retry rules with the mobile team, which ended duplicate charges (about 40 a month before)
- Introduced contract tests between the payments API and its eight consumers; breaking changes caught before release rose from none to all
- Mentored three engineers through their first on-call rotation and wrote the runbooks the team still uses

### Backend Developer, Globex Logistics (2018-01 – 2019-12)
- Wrote REST services in Node.js for the logistics platform that schedules 30,000 deliveries a day
- Replaced a nightly batch export with an event-driven sync over RabbitMQ, so depots saw changes within a minute instead of the next morning
- Cut the cost of the route-planning database by 35% by adding the right indexes and archiving closed routes
- Automated the release pipeline in Jenkins and Docker, from a two-hour manual checklist to a 15-minute job

### Software Developer, Initech (2016-06 – 2017-12)
- Maintained the PHP and MySQL invoicing system used by 2,000 small businesses
- Wrote the first automated test suite for invoicing (PHPUnit), which found 14 rounding bugs before they reached customers
- Moved static assets to a CDN, halving page load time for customers abroad

## Projects
- **ledger-check** — an open-source tool that compares two ledgers row by row and reports drift; used at Acme for every migration
- **Talks** — "Zero-downtime database migrations" at NodeConf EU 2022 and at the Manchester Node.js meetup

## Education
- BSc Computer Science, University of Leeds (2012 – 2016), first-class honours; dissertation on consistent hashing

## Certifications
- AWS Certified Developer – Associate (2021)

## Skills
- Languages: TypeScript, JavaScript, SQL, PHP
- Back end: Node.js, Express, NestJS, REST, OpenAPI, RabbitMQ
- Data: PostgreSQL, MySQL, query tuning, schema migrations
- Delivery: Docker, Jenkins, GitHub Actions, AWS (EC2, RDS, S3, Lambda), Git
- Practices: code review, contract testing, incident response, mentoring

## Languages
- English (native), Spanish (professional working proficiency)
`;

/**
 * The job of the benchmark sessions, as long as a real posting (about 2 kB): it asks for
 * TypeScript (covered) and every benchmark skill (gaps), among the usual sections.
 */
export const BENCH_JOB = [
  'Senior Backend Engineer — Platform',
  '',
  'About us',
  'We run the payments platform behind 3,000 online shops in Europe. Our platform team of nine',
  'engineers owns the services every other team builds on: checkout, payouts, the event bus and',
  'the data pipelines that feed finance and risk. We work in small groups, release many times a',
  'day and keep our on-call calm by fixing causes, not symptoms.',
  '',
  'What you will do',
  '- Design and build backend services that handle money safely and at scale',
  '- Move our remaining batch jobs to streaming, and our infrastructure fully to code',
  '- Work with product and risk teams to turn requirements into well-tested APIs',
  '- Share what you know through code review, pairing and design documents',
  '- Take part in the on-call rotation (one week in six)',
  '',
  'Requirements:',
  '- 5+ years of backend development with TypeScript or Node.js (required)',
  ...BENCH_SKILLS.map((skill) => `- Production experience with ${skill} (required)`),
  '',
  'Nice to have',
  '- Experience in payments or another regulated industry',
  '- Contributions to open-source projects',
  '',
  'What we offer',
  '- 30 days of holiday, a learning budget of 2,000 EUR a year and a hybrid office in Berlin',
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
