import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFakeGeminiRoutes,
  type FakeGeminiOptions,
  type FakeGeminiStats,
} from './fake-gemini-routes.js';
import { readJson, sendJson } from './http-json.js';
import { type JsonSchemaNode, sampleFromJsonSchema } from './json-schema-sample.js';
import {
  approximateTokenCount,
  PromptCacheAccounting,
  type PromptCachePolicy,
} from './prompt-cache-accounting.js';

/** A chat message as the OpenAI chat-completions API receives it. */
interface ChatMessage {
  role: string;
  content: string | Array<{ type: string; text?: string }> | null;
}

/** The part of a chat-completions request the fake server reads. */
interface ChatCompletionRequest {
  model?: string;
  messages?: ChatMessage[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: JsonSchemaNode } };
}

/** What the fake server does with one request, decided before it answers. */
export type FakeFault = 'none' | 'rate-limit' | 'server-error' | 'timeout';

/** Options of the fake OpenAI-compatible model server. */
export interface FakeModelServerOptions {
  /** Port to listen on; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Latency of each call in ms, fixed or drawn by a function (e.g. a random distribution). */
  latencyMs?: number | (() => number);
  /** Share of calls (0..1) answered 429 with Retry-After, 500, or never answered. */
  rateLimitRate?: number;
  serverErrorRate?: number;
  timeoutRate?: number;
  /** Seconds put in Retry-After on injected 429s. */
  retryAfterSeconds?: number;
  /** Prompt-cache policy used for the usage's cached token count. */
  cachePolicy?: PromptCachePolicy;
  /** Produces the assistant's content; defaults to a value fitting the requested JSON schema. */
  respond?: (request: ChatCompletionRequest) => string;
  /** Random source, injectable so that fault injection repeats. */
  random?: () => number;
  /** The fake Gemini API (under /v1beta) shares latency, faults and counters. */
  gemini?: FakeGeminiOptions;
}

/** One chat-completions request as the fake server saw it arrive. */
export interface FakeRequestRecord {
  /** Arrival time (ms since the epoch), taken before the body is read. */
  at: number;
  /** Request path: clients given different base URLs (e.g. `/a/v1`, `/b/v1`) can be told apart. */
  path: string;
  /** `response_format.json_schema.name`, i.e. the step that asked. */
  schemaName: string | undefined;
  fault: FakeFault;
}

/** Counters the fake server keeps, read by tests and benchmarks (GET /stats). */
export interface FakeModelStats {
  calls: number;
  promptTokens: number;
  cachedTokens: number;
  completionTokens: number;
  faults: Record<Exclude<FakeFault, 'none'>, number>;
  maxConcurrent: number;
  /** Every chat-completions request in arrival order, e.g. to check a rate limit from outside. */
  requests: FakeRequestRecord[];
  gemini: FakeGeminiStats;
}

/** A running fake model server. */
export interface FakeModelServer {
  /** Base URL to give an OpenAI-compatible client, ending in `/v1`. */
  url: string;
  stats(): FakeModelStats;
  /**
   * Fails the next `count` chat-completions requests (only those of one step when `schemaName`
   * is given) with `fault`, whatever the random rates say: a fault a test can place exactly.
   * `reset()` cancels what is still scheduled.
   */
  failNext(plan: ScheduledFault): void;
  /** Forgets counters and cached prefixes. */
  reset(): void;
  close(): Promise<void>;
}

/** Faults scheduled by `failNext`. */
export interface ScheduledFault {
  /** How many requests to fail; default 1. */
  count?: number;
  /** Only requests whose `response_format.json_schema.name` is this; default any request. */
  schemaName?: string;
  /** Default `server-error` (HTTP 500). */
  fault?: Exclude<FakeFault, 'none'>;
}

function messageText(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((part) => part.text ?? '').join('');
}

/**
 * Starts a fake OpenAI-compatible chat-completions server for tests and benchmarks: structured
 * output that fits the requested schema, chosen latency, injected 429/500/timeouts, and usage
 * that counts cached prompt tokens by prefix as providers do.
 * @example
 * const fake = await startFakeModelServer({ latencyMs: 2500 });
 * // OPENAI_BASE_URL=fake.url GAPWISE_MODEL=openai-compatible:fake
 */
export async function startFakeModelServer(options: FakeModelServerOptions = {}): Promise<FakeModelServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    latencyMs = 0,
    rateLimitRate = 0,
    serverErrorRate = 0,
    timeoutRate = 0,
    retryAfterSeconds = 1,
    cachePolicy,
    respond,
    random = Math.random,
    gemini: geminiOptions = {},
  } = options;
  const accounting = new PromptCacheAccounting(cachePolicy);
  const hanging = new Set<ServerResponse>();
  let stats: Omit<FakeModelStats, 'gemini'>;
  let inFlight = 0;
  const resetStats = () => {
    stats = {
      calls: 0,
      promptTokens: 0,
      cachedTokens: 0,
      completionTokens: 0,
      faults: { 'rate-limit': 0, 'server-error': 0, timeout: 0 },
      maxConcurrent: 0,
      requests: [],
    };
  };
  resetStats();

  let scheduled: Array<{ count: number; schemaName?: string; fault: Exclude<FakeFault, 'none'> }> = [];
  /** Takes one scheduled fault that applies to a request of this schema, if any. */
  const takeScheduledFault = (schemaName: string | undefined): FakeFault | undefined => {
    const plan = scheduled.find(
      (entry) => entry.count > 0 && (entry.schemaName === undefined || entry.schemaName === schemaName),
    );
    if (!plan) return undefined;
    plan.count -= 1;
    return plan.fault;
  };
  const chooseFault = (): FakeFault => {
    const draw = random();
    if (draw < rateLimitRate) return 'rate-limit';
    if (draw < rateLimitRate + serverErrorRate) return 'server-error';
    if (draw < rateLimitRate + serverErrorRate + timeoutRate) return 'timeout';
    return 'none';
  };

  const gemini = createFakeGeminiRoutes(geminiOptions, {
    accounting,
    recordUsage: (usage) => {
      stats.calls += 1;
      stats.promptTokens += usage.promptTokens;
      stats.cachedTokens += usage.cachedTokens;
      stats.completionTokens += usage.completionTokens;
    },
    delay: async () => {
      const delay = typeof latencyMs === 'function' ? latencyMs() : latencyMs;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    },
    fault: () => {
      const fault = chooseFault();
      if (fault !== 'none') stats.faults[fault] += 1;
      return fault;
    },
    hang: (response) => {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
    },
  });
  const allStats = (): FakeModelStats => ({ ...structuredClone(stats), gemini: gemini.stats() });

  const handleCompletion = async (request: IncomingMessage, response: ServerResponse) => {
    const at = Date.now();
    const body = (await readJson(request)) as ChatCompletionRequest;
    const fault = takeScheduledFault(body.response_format?.json_schema?.name) ?? chooseFault();
    if (fault !== 'none') stats.faults[fault] += 1;
    const path = (request.url ?? '').split('?')[0] ?? '';
    stats.requests.push({ at, path, schemaName: body.response_format?.json_schema?.name, fault });
    if (fault === 'rate-limit') {
      sendJson(
        response,
        429,
        { error: { message: 'Rate limit reached (injected)', type: 'rate_limit' } },
        {
          'retry-after': String(retryAfterSeconds),
        },
      );
      return;
    }
    if (fault === 'server-error') {
      sendJson(response, 500, { error: { message: 'Internal error (injected)', type: 'server_error' } });
      return;
    }
    if (fault === 'timeout') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    const delay = typeof latencyMs === 'function' ? latencyMs() : latencyMs;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const prompt = (body.messages ?? [])
      .map((message) => `${message.role}\n${messageText(message)}\n`)
      .join('');
    const { promptTokens, cachedTokens } = accounting.record(prompt);
    const schema = body.response_format?.json_schema?.schema;
    const content = respond
      ? respond(body)
      : JSON.stringify(schema ? sampleFromJsonSchema(schema) : { text: 'ok' });
    const completionTokens = approximateTokenCount(content);
    stats.calls += 1;
    stats.promptTokens += promptTokens;
    stats.cachedTokens += cachedTokens;
    stats.completionTokens += completionTokens;
    sendJson(response, 200, {
      id: `chatcmpl-${randomUUID()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model ?? 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: cachedTokens },
      },
    });
  };

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'POST' && path?.endsWith('/chat/completions')) {
      inFlight += 1;
      stats.maxConcurrent = Math.max(stats.maxConcurrent, inFlight);
      response.on('close', () => {
        inFlight -= 1;
      });
      handleCompletion(request, response).catch(() => {
        if (!response.headersSent)
          sendJson(response, 400, { error: { message: 'Invalid JSON request body' } });
      });
      return;
    }
    if (request.method === 'GET' && path === '/stats') return sendJson(response, 200, allStats());
    if (path && gemini.handle(request, response, path)) return;
    if (request.method === 'GET' && path?.endsWith('/models')) {
      return sendJson(response, 200, { object: 'list', data: [{ id: 'fake', object: 'model' }] });
    }
    sendJson(response, 404, { error: { message: `No route ${request.method} ${path}` } });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/v1`,
    stats: allStats,
    failNext: ({ count = 1, schemaName, fault = 'server-error' }) => {
      scheduled.push({ count, fault, schemaName });
    },
    reset: () => {
      scheduled = [];
      resetStats();
      gemini.reset();
      accounting.reset();
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
