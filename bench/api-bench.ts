import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { GapwiseServerProcess } from '../test/support/gapwise-server-process.js';
import { startGapwiseServer } from '../test/support/gapwise-server-process.js';
import type { BenchResult } from './bench-result.js';
import { startGapwiseCluster } from './support/gapwise-cluster.js';
import { type CreatedSession, createBenchSession } from './support/http-interview.js';
import { thinAnswer } from './support/scripted-model-replies.js';

const GET_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8);
const GET_CONNECTIONS = 20;
const ANSWER_CONNECTIONS = 10;
/** Sessions created per server before the answer run; each gives 10 questions × 2 answerable turns. */
const ANSWER_SESSIONS = Number(process.env.BENCH_API_ANSWER_SESSIONS ?? 30);
/** Turns a question takes on the offline engine: a thin answer (deep-dive), then the bullet. */
const TURNS_PER_QUESTION = 2;

interface RunFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Runs one autocannon instance per server at once and adds their figures up (p50/p99: the worst instance). */
async function loadServers(instances: autocannon.Options[]): Promise<RunFigures> {
  const started = performance.now();
  const results = await Promise.all(instances.map((options) => autocannon(options)));
  const seconds = (performance.now() - started) / 1000;
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  return {
    requestsPerSecond: Number((requests / seconds).toFixed(1)),
    p50: Math.max(...results.map((result) => result.latency.p50)),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    requests,
    non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
    errors: results.reduce((sum, result) => sum + result.errors + result.timeouts, 0),
  };
}

/** GET /api/sessions/:id with its token, `GET_CONNECTIONS` connections split over the servers. */
async function readSessionRun(servers: GapwiseServerProcess[]): Promise<RunFigures> {
  const sessions = await Promise.all(servers.map((server) => createBenchSession(server.url)));
  return loadServers(
    servers.map((server, index) => ({
      url: `${server.url}/api/sessions/${sessions[index]!.sessionId}`,
      headers: { authorization: `Bearer ${sessions[index]!.token}` },
      connections: GET_CONNECTIONS / servers.length,
      duration: GET_SECONDS,
    })),
  );
}

/** Every (session, question) turn that can still take an answer, in rounds so one question is never hit twice at once. */
function answerSlots(sessions: CreatedSession[]) {
  const slots: Array<{ path: string; token: string; answer: string }> = [];
  for (let turn = 0; turn < TURNS_PER_QUESTION; turn++) {
    for (const session of sessions) {
      for (const question of session.questions) {
        slots.push({
          path: `/api/sessions/${session.sessionId}/questions/${question.id}/answers`,
          token: session.token,
          // A different text per turn: the same answer twice is refused as a duplicate (409).
          answer: `${thinAnswer(question.requirement.keywords[0] ?? question.requirement.text)} (turn ${turn + 1})`,
        });
      }
    }
  }
  return slots;
}

/** POST answers to fresh question turns, each used once (the thin first answer gets a follow-up, the second a bullet). */
async function submitAnswerRun(servers: GapwiseServerProcess[]): Promise<RunFigures> {
  const perServer = await Promise.all(
    servers.map(async (server) => {
      const sessions: CreatedSession[] = [];
      for (let i = 0; i < ANSWER_SESSIONS / servers.length; i++)
        sessions.push(await createBenchSession(server.url));
      return answerSlots(sessions);
    }),
  );
  return loadServers(
    servers.map((server, index) => {
      const slots = perServer[index]!;
      let next = 0;
      return {
        url: server.url,
        connections: ANSWER_CONNECTIONS / servers.length,
        amount: slots.length,
        requests: [
          {
            method: 'POST' as const,
            setupRequest: (request: autocannon.Request) => {
              const slot = slots[next++ % slots.length]!;
              return {
                ...request,
                path: slot.path,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${slot.token}` },
                body: JSON.stringify({ answer: slot.answer }),
              };
            },
          },
        ],
      };
    }),
  );
}

function figures(setting: string, endpoint: string, run: RunFigures, how: string): BenchResult[] {
  const note = `${how}; ${run.requests} requests, non-2xx ${run.non2xx}, errors ${run.errors}`;
  return [
    { name: `API ${endpoint}, ${setting}, throughput`, value: run.requestsPerSecond, unit: 'req/s', note },
    { name: `API ${endpoint}, ${setting}, p50`, value: run.p50, unit: 'ms', note },
    { name: `API ${endpoint}, ${setting}, p99`, value: run.p99, unit: 'ms', note },
  ];
}

async function measure(setting: string, servers: GapwiseServerProcess[]): Promise<BenchResult[]> {
  // Warm-up: routes compiled, taxonomy loaded, connections open.
  await readSessionRun(servers.map((server) => server)).catch(() => undefined);
  const reads = await readSessionRun(servers);
  const answers = await submitAnswerRun(servers);
  const split = servers.length > 1 ? ', connections split evenly over the processes (round-robin)' : '';
  return [
    ...figures(
      setting,
      'GET session',
      reads,
      `autocannon, ${GET_CONNECTIONS} connections for ${GET_SECONDS} s${split}`,
    ),
    ...figures(
      setting,
      'POST answer',
      answers,
      `autocannon, ${ANSWER_CONNECTIONS} connections, each request a fresh question turn (half: thin first answer → evaluation + deep-dive; half: second answer → evaluation + bullet + review; checkpointed) of ${ANSWER_SESSIONS} pre-created sessions${split}`,
    ),
  ];
}

/**
 * HTTP throughput and latency on the offline engine (issues 4 and 9), with autocannon against
 * server processes on this machine: one process on SQLite, one on Redis, two on one Redis.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const sqliteServer = await startGapwiseServer({ RATE_LIMIT_PER_MINUTE: '1000000000', LOG_LEVEL: 'warn' });
  try {
    results.push(...(await measure('1 process, SQLite', [sqliteServer])));
  } finally {
    await sqliteServer.stop();
  }
  const one = await startGapwiseCluster({ count: 1 });
  try {
    results.push(...(await measure('1 process, Redis', one.servers)));
  } finally {
    await one.close();
  }
  const two = await startGapwiseCluster({ count: 2 });
  try {
    results.push(...(await measure('2 processes, Redis', two.servers)));
  } finally {
    await two.close();
  }
  return results;
}

// `tsx bench/api-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
