import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJson, sendJson } from './http-json.js';
import { type JsonSchemaNode, sampleFromJsonSchema } from './json-schema-sample.js';
import { approximateTokenCount, type PromptCacheAccounting } from './prompt-cache-accounting.js';

/** A Gemini content (one turn) as the REST API receives it. */
interface GeminiContent {
  role?: string;
  parts?: Array<{ text?: string }>;
}

/** The part of a `generateContent` request the fake reads. */
export interface GenerateContentRequest {
  contents?: GeminiContent[];
  systemInstruction?: GeminiContent;
  cachedContent?: string;
  tools?: unknown[];
  toolConfig?: unknown;
  generationConfig?: { responseSchema?: JsonSchemaNode; responseJsonSchema?: JsonSchemaNode };
}

/** Options of the fake Gemini API. */
export interface FakeGeminiOptions {
  /** Status answered to every cache creation (e.g. 500), to show that a failed creation never fails a call. */
  cacheCreationStatus?: number;
  /** How long creating a cache takes (ms). */
  cacheCreationLatencyMs?: number;
  /** Smallest cache accepted (tokens) for a model; default as Gemini (1,024 Flash, 4,096 otherwise). */
  minCacheTokens?: (model: string) => number;
  /** Produces the model's text; defaults to a value fitting the requested schema. */
  respond?: (request: GenerateContentRequest) => string;
  /** Clock of cache expiry. */
  now?: () => number;
}

/** Counters of the fake Gemini API (in `FakeModelStats.gemini`). */
export interface FakeGeminiStats {
  generateCalls: number;
  /** Calls that named a cached content (and were accepted). */
  cachedContentCalls: number;
  /** Calls that sent a system instruction of their own. */
  withSystemInstruction: number;
  /** Calls refused for a cache that is unknown, expired, for another model or sent with a system instruction. */
  rejectedCalls: number;
  cachesCreated: number;
  cachesDeleted: number;
  cachesExtended: number;
  /** Caches alive now. */
  cachesActive: number;
}

/** What the fake Gemini API shares with the OpenAI-compatible routes of the same server. */
export interface FakeGeminiShared {
  accounting: PromptCacheAccounting;
  /** Adds a call's usage to the server's counters. */
  recordUsage(usage: { promptTokens: number; cachedTokens: number; completionTokens: number }): void;
  /** Waits the configured latency. */
  delay(): Promise<void>;
  /** The fault injected into this call, if any. */
  fault(): 'none' | 'rate-limit' | 'server-error' | 'timeout';
  /** Leaves a response unanswered (an injected timeout). */
  hang(response: ServerResponse): void;
}

/** The Gemini routes of the fake model server. */
export interface FakeGeminiRoutes {
  /** Answers the request if it is a Gemini route; false otherwise. */
  handle(request: IncomingMessage, response: ServerResponse, path: string): boolean;
  stats(): FakeGeminiStats;
  reset(): void;
}

interface StoredCache {
  name: string;
  model: string;
  displayName: string | undefined;
  text: string;
  tokens: number;
  createTime: number;
  updateTime: number;
  expireAt: number;
}

/** The base URL to give `createGoogleGenerativeAI` for a fake server whose OpenAI URL is `url`. */
export function fakeGeminiBaseUrl(url: string): string {
  return url.replace(/\/v1$/, '/v1beta');
}

function defaultMinCacheTokens(model: string): number {
  return /flash/.test(model) && !/pro/.test(model) ? 1024 : 4096;
}

function contentText(content: GeminiContent | undefined): string {
  return (content?.parts ?? []).map((part) => part.text ?? '').join('');
}

/** The prompt as one string, prefix first, so prefix caching can be counted on it. */
function promptText(system: GeminiContent | undefined, contents: GeminiContent[] | undefined): string {
  const head = system ? `system\n${contentText(system)}\n` : '';
  return (
    head + (contents ?? []).map((content) => `${content.role ?? 'user'}\n${contentText(content)}\n`).join('')
  );
}

/** Seconds of a protobuf duration (`"300s"`, `"3.5s"`). */
function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Gemini's schema carries no numeric bounds (the AI SDK drops them), so the sample's default
 * number could fall outside the range the caller validates; a small number fits most ranges.
 */
function boundNumbers(schema: JsonSchemaNode): JsonSchemaNode {
  const copy: JsonSchemaNode = { ...schema };
  const types = Array.isArray(copy.type) ? copy.type : [copy.type];
  if ((types.includes('number') || types.includes('integer')) && copy.maximum === undefined) copy.maximum = 1;
  if (copy.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([key, value]) => [key, boundNumbers(value)]),
    );
  }
  if (copy.items) copy.items = boundNumbers(copy.items);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const variants = copy[key];
    if (variants) copy[key] = variants.map(boundNumbers);
  }
  return copy;
}

function sendError(response: ServerResponse, code: number, status: string, message: string) {
  sendJson(response, code, { error: { code, message, status } });
}

/**
 * A fake of the Gemini REST API (v1beta) for tests and benchmarks: `models/{model}:generateContent`
 * with structured output and usage (`cachedContentTokenCount` for explicit and implicit cache
 * hits), and `cachedContents` (create, get, list, extend, delete) held in memory with expiry. Like
 * Gemini, it refuses a call that sends a system instruction together with a cached content, and
 * answers 404 for a cache that is unknown or expired.
 */
export function createFakeGeminiRoutes(
  options: FakeGeminiOptions,
  shared: FakeGeminiShared,
): FakeGeminiRoutes {
  const {
    cacheCreationStatus,
    cacheCreationLatencyMs = 0,
    minCacheTokens = defaultMinCacheTokens,
    respond,
    now = Date.now,
  } = options;
  const caches = new Map<string, StoredCache>();
  let counters: Omit<FakeGeminiStats, 'cachesActive'>;
  const resetCounters = () => {
    counters = {
      generateCalls: 0,
      cachedContentCalls: 0,
      withSystemInstruction: 0,
      rejectedCalls: 0,
      cachesCreated: 0,
      cachesDeleted: 0,
      cachesExtended: 0,
    };
  };
  resetCounters();

  const liveCache = (name: string | undefined): StoredCache | undefined => {
    if (!name) return undefined;
    const cache = caches.get(name);
    if (cache && cache.expireAt <= now()) {
      caches.delete(name);
      return undefined;
    }
    return cache;
  };

  const describe = (cache: StoredCache) => ({
    name: cache.name,
    model: cache.model,
    ...(cache.displayName && { displayName: cache.displayName }),
    createTime: new Date(cache.createTime).toISOString(),
    updateTime: new Date(cache.updateTime).toISOString(),
    expireTime: new Date(cache.expireAt).toISOString(),
    usageMetadata: { totalTokenCount: cache.tokens },
  });

  const generate = async (request: IncomingMessage, response: ServerResponse, model: string) => {
    const body = (await readJson(request)) as GenerateContentRequest;
    const fault = shared.fault();
    if (fault === 'rate-limit') {
      return sendError(response, 429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (injected)');
    }
    if (fault === 'server-error') return sendError(response, 500, 'INTERNAL', 'Internal error (injected)');
    if (fault === 'timeout') return shared.hang(response);
    let cached: StoredCache | undefined;
    if (body.cachedContent !== undefined) {
      cached = liveCache(body.cachedContent);
      const refusal = !cached
        ? ([404, 'NOT_FOUND', 'CachedContent not found (or permission denied)'] as const)
        : body.systemInstruction || body.tools || body.toolConfig
          ? ([
              400,
              'INVALID_ARGUMENT',
              'CachedContent can not be used with GenerateContent request setting system_instruction, tools or tool_config.',
            ] as const)
          : cached.model !== `models/${model}`
            ? ([
                400,
                'INVALID_ARGUMENT',
                `CachedContent was created for ${cached.model}, not models/${model}.`,
              ] as const)
            : undefined;
      if (refusal) {
        counters.rejectedCalls += 1;
        return sendError(response, refusal[0], refusal[1], refusal[2]);
      }
    }
    await shared.delay();
    const requestText = promptText(body.systemInstruction, body.contents);
    let promptTokens: number;
    let cachedTokens: number;
    if (cached) {
      cachedTokens = cached.tokens;
      promptTokens = cached.tokens + approximateTokenCount(requestText);
      counters.cachedContentCalls += 1;
    } else {
      ({ promptTokens, cachedTokens } = shared.accounting.record(requestText));
    }
    if (body.systemInstruction) counters.withSystemInstruction += 1;
    const schema = body.generationConfig?.responseJsonSchema ?? body.generationConfig?.responseSchema;
    const text = respond
      ? respond(body)
      : JSON.stringify(schema ? sampleFromJsonSchema(boundNumbers(schema)) : { text: 'ok' });
    const completionTokens = approximateTokenCount(text);
    counters.generateCalls += 1;
    shared.recordUsage({ promptTokens, cachedTokens, completionTokens });
    sendJson(response, 200, {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: {
        promptTokenCount: promptTokens,
        candidatesTokenCount: completionTokens,
        totalTokenCount: promptTokens + completionTokens,
        ...(cachedTokens > 0 && { cachedContentTokenCount: cachedTokens }),
      },
      modelVersion: model,
      responseId: randomUUID(),
    });
  };

  const create = async (request: IncomingMessage, response: ServerResponse) => {
    const body = (await readJson(request)) as {
      model?: string;
      displayName?: string;
      systemInstruction?: GeminiContent;
      contents?: GeminiContent[];
      ttl?: string;
      expireTime?: string;
    };
    if (cacheCreationLatencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, cacheCreationLatencyMs));
    if (cacheCreationStatus !== undefined) {
      return sendError(response, cacheCreationStatus, 'INTERNAL', 'Cache creation failed (injected)');
    }
    if (!body.model) return sendError(response, 400, 'INVALID_ARGUMENT', 'model is required.');
    const text = promptText(body.systemInstruction, body.contents);
    const tokens = approximateTokenCount(text);
    const model = body.model.replace(/^models\//, '');
    if (tokens < minCacheTokens(model)) {
      return sendError(
        response,
        400,
        'INVALID_ARGUMENT',
        `Cached content is too small. total_token_count=${tokens}, min_total_token_count=${minCacheTokens(model)}`,
      );
    }
    const at = now();
    const expireAt = body.expireTime
      ? Date.parse(body.expireTime)
      : at + (durationSeconds(body.ttl) ?? 3600) * 1000;
    const cache: StoredCache = {
      name: `cachedContents/${randomUUID().replaceAll('-', '')}`,
      model: body.model,
      displayName: body.displayName,
      text,
      tokens,
      createTime: at,
      updateTime: at,
      expireAt,
    };
    caches.set(cache.name, cache);
    counters.cachesCreated += 1;
    sendJson(response, 200, describe(cache));
  };

  const update = async (request: IncomingMessage, response: ServerResponse, cache: StoredCache) => {
    const body = (await readJson(request)) as { ttl?: string; expireTime?: string };
    const ttl = durationSeconds(body.ttl);
    const expireAt = body.expireTime
      ? Date.parse(body.expireTime)
      : ttl !== undefined
        ? now() + ttl * 1000
        : NaN;
    if (!Number.isFinite(expireAt)) {
      return sendError(response, 400, 'INVALID_ARGUMENT', 'Only ttl or expireTime can be updated.');
    }
    cache.expireAt = expireAt;
    cache.updateTime = now();
    counters.cachesExtended += 1;
    sendJson(response, 200, describe(cache));
  };

  const route = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (!request.headers['x-goog-api-key']) {
      return sendError(response, 401, 'UNAUTHENTICATED', 'API key missing.');
    }
    const generateMatch = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(path);
    if (generateMatch && request.method === 'POST') {
      return generate(request, response, decodeURIComponent(generateMatch[1]!));
    }
    if (path === '/v1beta/cachedContents') {
      if (request.method === 'POST') return create(request, response);
      if (request.method === 'GET') {
        const live = [...caches.keys()].map(liveCache).filter((cache) => cache !== undefined);
        return sendJson(response, 200, { cachedContents: live.map(describe) });
      }
    }
    const cacheMatch = /^\/v1beta\/(cachedContents\/[^/]+)$/.exec(path);
    if (cacheMatch) {
      const cache = liveCache(cacheMatch[1]);
      if (!cache)
        return sendError(response, 404, 'NOT_FOUND', 'CachedContent not found (or permission denied)');
      if (request.method === 'GET') return sendJson(response, 200, describe(cache));
      if (request.method === 'PATCH') return update(request, response, cache);
      if (request.method === 'DELETE') {
        caches.delete(cache.name);
        counters.cachesDeleted += 1;
        return sendJson(response, 200, {});
      }
    }
    sendError(response, 404, 'NOT_FOUND', `No route ${request.method} ${path}`);
  };

  return {
    handle: (request, response, path) => {
      if (!path.startsWith('/v1beta/')) return false;
      route(request, response, path).catch(() => {
        if (!response.headersSent) sendError(response, 400, 'INVALID_ARGUMENT', 'Invalid JSON request body');
      });
      return true;
    },
    stats: () => ({
      ...counters,
      cachesActive: [...caches.keys()].map(liveCache).filter((cache) => cache !== undefined).length,
    }),
    reset: () => {
      resetCounters();
      caches.clear();
    },
  };
}
