import { createHash } from 'node:crypto';
import {
  APICallError,
  type LanguageModelV3CallOptions,
  type LanguageModelV3Middleware,
  type LanguageModelV3Prompt,
} from '@ai-sdk/provider';
import type { Redis } from 'ioredis';
import { readEnvFlag, readEnvNumber, readOptionalEnvNumber } from '../config/env-values.js';
import { estimateTokens } from './estimate-tokens.js';
import { GAPWISE_OPTIONS, sessionOfCall } from './response-cache.js';

/**
 * The part-level option (`providerOptions.gapwise.sessionContext: true`) that marks the session
 * context (CV + job) in a prompt, so the cache finds it without guessing from the text.
 */
export const SESSION_CONTEXT_OPTION = 'sessionContext';

/** Gemini's public endpoint, the default of the cache's REST calls (as of the AI SDK). */
export const GEMINI_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com/v1beta';

/** Options of the Gemini explicit context cache. */
export interface GeminiContextCacheOptions {
  /** The key the Google model uses (sent as `x-goog-api-key`). */
  apiKey: string;
  /** Base URL of the Gemini API, ending in `/v1beta`, the same the model uses. */
  baseURL?: string;
  /** HTTP client; tests pass one that never reaches the network. */
  fetch?: typeof globalThis.fetch;
  /** Lifetime of a cache, extended while the session keeps using it. */
  ttlSeconds?: number;
  /** Smallest prefix (estimated tokens) worth an explicit cache; default: the model's minimum. */
  minTokens?: number;
  /** Shared Redis: lets every server reuse the one cache of a session. */
  redis?: Redis;
  /** Prefix of Redis keys; a session's record carries its hash tag so deleting the session deletes it. */
  keyPrefix?: string;
  /** Operational messages (a cache not created, a cache gone); never CV text. */
  log?: (message: string) => void;
  /** Timeout of each cache-management request (create, extend, delete). */
  requestTimeoutMs?: number;
  /**
   * Longest a call waits for its session's cache to be created; past it the call goes without,
   * and later calls use the cache once it exists.
   */
  createWaitMs?: number;
  /** Told how much cache storage (token-hours) this process reserved, for cost metrics. */
  onStorage?: (record: GeminiCacheStorage) => void;
  /** Clock, injectable so tests can move time. */
  now?: () => number;
}

/** Storage reserved for an explicit cache: its tokens for the hours of a TTL or of an extension. */
export interface GeminiCacheStorage {
  modelId: string;
  sessionId: string;
  cachedTokens: number;
  hours: number;
}

/** One cache at Gemini: its resource name (`cachedContents/…`), when it expires (ms), its size. */
interface CacheEntry {
  name: string;
  expireAt: number;
  tokens: number;
}

/** What the cache keeps about one session, in this process. */
interface SessionCaches {
  /** By fingerprint of model + system instruction + context. */
  entries: Map<string, CacheEntry>;
  pending: Map<string, Promise<CacheEntry | undefined>>;
  /** After a failed creation, no new attempt before this time (ms), so a failing API is not hammered. */
  retryAfter: Map<string, number>;
  extending: Set<string>;
  forgotten: boolean;
}

/** A call that can use an explicit cache: its cacheable prefix and the prompt without it. */
interface CachePlan {
  sessionId: string;
  modelId: string;
  system: string;
  context: string;
  fingerprint: string;
  rest: LanguageModelV3Prompt;
}

/** A cache must outlive the call that uses it by at least this long. */
const SAFETY_MARGIN_MS = 20_000;
/** How long a session waits before trying to create its cache again after a failure. */
const RETRY_AFTER_FAILURE_MS = 60_000;
/** Sessions tracked before those with nothing alive are swept (deleted sessions are dropped at once). */
const SWEEP_ABOVE_SESSIONS = 5000;
const HOUR_MS = 3_600_000;

/**
 * The smallest prompt Gemini caches for a model: 1,024 tokens for 2.5 and later Flash models,
 * 4,096 for Pro models and, to be safe, for models not known here.
 */
export function geminiMinCacheTokens(modelId: string): number {
  const id = modelId.slice(modelId.lastIndexOf('/') + 1).toLowerCase();
  if (id.includes('pro')) return 4096;
  if (id.includes('flash') && /gemini-(2\.5|[3-9])|flash(-lite)?-latest/.test(id)) return 1024;
  return 4096;
}

/** Settings of the explicit cache, read from the environment. */
export interface GeminiContextCacheSettings {
  enabled: boolean;
  ttlSeconds: number;
  minTokens: number | undefined;
}

/**
 * Reads `GEMINI_EXPLICIT_CACHE` (true|false, default true), `GEMINI_CACHE_TTL_SECONDS` (default
 * 300) and `GEMINI_CACHE_MIN_TOKENS` (default: the model's minimum).
 * @throws GapwiseError INVALID_CONFIG for a malformed value.
 */
export function readGeminiContextCacheSettings(env: NodeJS.ProcessEnv): GeminiContextCacheSettings {
  return {
    enabled: readEnvFlag(env, 'GEMINI_EXPLICIT_CACHE', true),
    ttlSeconds: readEnvNumber(env, 'GEMINI_CACHE_TTL_SECONDS', 300, { min: 60, max: 86_400 }),
    minTokens: readOptionalEnvNumber(env, 'GEMINI_CACHE_MIN_TOKENS', { max: 10_000_000 }),
  };
}

/** A failed cache-management request: its HTTP status and Gemini's message. */
class GeminiCacheRequestError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** A short, content-free description of why a cache request failed, for logs. */
function describeFailure(error: unknown): string {
  if (error instanceof GeminiCacheRequestError) return `HTTP ${error.status}: ${error.message.slice(0, 200)}`;
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error';
}

/** Whether a call failed because the cache it named is gone (expired, deleted, or not ours). */
export function isCachedContentGone(error: unknown): boolean {
  if (!APICallError.isInstance(error)) return false;
  if (![400, 403, 404].includes(error.statusCode ?? 0)) return false;
  return /cached_?content/i.test(`${error.message} ${error.responseBody ?? ''}`);
}

function modelPath(modelId: string): string {
  return modelId.includes('/') ? modelId : `models/${modelId}`;
}

// Keeps the first claim of a live cache: a second server that created one too deletes its own.
const CLAIM_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if current then
  local entry = cjson.decode(current)
  if tonumber(entry.expireAt) > tonumber(ARGV[3]) then return current end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return ARGV[2]`;

// Replaces (extended) or removes (gone) a record only if it still names the same cache.
const UPDATE_SCRIPT = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current or cjson.decode(current).name ~= ARGV[2] then return 0 end
if ARGV[3] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) return 1 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1`;

/**
 * Gemini explicit context caching per session, as AI SDK middleware. A call that names its
 * session and carries the system instruction and the marked session context, when these are
 * longer than the model's minimum, gets one `cachedContents` entry for the session (created
 * once, also across servers through Redis, and reused), and is rewritten to send only the rest
 * of the prompt with `providerOptions.google.cachedContent`. Shorter prompts are left alone:
 * Gemini's implicit caching serves them. Caches live a short, sliding TTL and are deleted with
 * the session; a cache that cannot be created or is gone never fails a call.
 * @example
 * const cache = new GeminiContextCache({ apiKey, redis, keyPrefix: 'gw' });
 * const model = wrapLanguageModel({ model: google('gemini-2.5-flash'), middleware: cache.middleware() });
 * // when the session is deleted: await cache.forgetSession(sessionId);
 */
export class GeminiContextCache {
  readonly #apiKey: string;
  readonly #baseURL: string;
  readonly #fetch: typeof globalThis.fetch;
  readonly #ttlMs: number;
  readonly #minTokens: number | undefined;
  readonly #redis: Redis | undefined;
  readonly #prefix: string;
  readonly #log: ((message: string) => void) | undefined;
  readonly #requestTimeoutMs: number;
  readonly #createWaitMs: number;
  readonly #onStorage: ((record: GeminiCacheStorage) => void) | undefined;
  readonly #now: () => number;
  readonly #sessions = new Map<string, SessionCaches>();
  readonly #background = new Set<Promise<unknown>>();

  constructor({
    apiKey,
    baseURL = GEMINI_DEFAULT_BASE_URL,
    fetch = globalThis.fetch,
    ttlSeconds = 300,
    minTokens,
    redis,
    keyPrefix = 'gw',
    log,
    requestTimeoutMs = 5000,
    createWaitMs = 3000,
    onStorage,
    now = Date.now,
  }: GeminiContextCacheOptions) {
    this.#apiKey = apiKey;
    this.#baseURL = baseURL.replace(/\/+$/, '');
    this.#fetch = fetch;
    this.#ttlMs = ttlSeconds * 1000;
    this.#minTokens = minTokens;
    this.#redis = redis;
    this.#prefix = keyPrefix;
    this.#log = log;
    this.#requestTimeoutMs = requestTimeoutMs;
    this.#createWaitMs = createWaitMs;
    this.#onStorage = onStorage;
    this.#now = now;
  }

  /** The Redis key holding a session's cache records, inside the session's hash tag. */
  redisKey(sessionId: string): string {
    return `${this.#prefix}:{${sessionId}}:gemini-cache`;
  }

  /** The middleware for a Google model's stack: inside the response cache, outside the retries. */
  middleware(): LanguageModelV3Middleware {
    return {
      specificationVersion: 'v3',
      wrapGenerate: async ({ doGenerate, params, model }) => {
        const plan = this.#plan(params, model.modelId);
        if (!plan) return doGenerate();
        const entry = await this.#waitBounded(this.#acquire(plan));
        if (!entry) return doGenerate();
        try {
          return await model.doGenerate(withCachedContent(params, plan.rest, entry.name));
        } catch (error) {
          if (!isCachedContentGone(error)) throw error;
          this.#log?.(`gemini context cache ${entry.name} is gone; the call went without it`);
          await this.#drop(plan, entry);
          return doGenerate();
        }
      },
    };
  }

  /**
   * Deletes the session's caches at Gemini and forgets them here and in Redis. Failures are
   * logged, never thrown: the cache expires on its own within its TTL.
   */
  async forgetSession(sessionId: string): Promise<void> {
    const state = this.#sessions.get(sessionId);
    this.#sessions.delete(sessionId);
    const names = new Set<string>();
    if (state) {
      state.forgotten = true;
      for (const entry of state.entries.values()) names.add(entry.name);
    }
    if (this.#redis) {
      try {
        const key = this.redisKey(sessionId);
        const records = await this.#redis.hgetall(key);
        for (const raw of Object.values(records)) {
          const entry = parseEntry(raw);
          if (entry) names.add(entry.name);
        }
        await this.#redis.del(key);
      } catch (error) {
        this.#log?.(`gemini context cache: session record not read from Redis (${describeFailure(error)})`);
      }
    }
    await Promise.all([...names].map((name) => this.#deleteAtGemini(name)));
  }

  /** Resolves when background work (creations, TTL extensions, deleting duplicates) has finished. */
  async whenIdle(): Promise<void> {
    while (this.#background.size > 0) await Promise.allSettled([...this.#background]);
  }

  #plan(params: LanguageModelV3CallOptions, modelId: string): CachePlan | undefined {
    const sessionId = sessionOfCall(params);
    // Explicit caching is a Gemini feature (Gemma and tuned models have none).
    if (!sessionId || !/(^|\/)gemini-/.test(modelId)) return undefined;
    // Gemini refuses a cached content beside tools; a caller's own cache wins.
    if ((params.tools?.length ?? 0) > 0 || params.providerOptions?.google?.cachedContent) return undefined;
    const [system, first, ...others] = params.prompt;
    if (system?.role !== 'system' || first?.role !== 'user') return undefined;
    if (others.some((message) => message.role === 'system')) return undefined;
    const [contextPart, ...stepParts] = first.content;
    if (
      contextPart?.type !== 'text' ||
      contextPart.providerOptions?.[GAPWISE_OPTIONS]?.[SESSION_CONTEXT_OPTION] !== true ||
      stepParts.length === 0
    ) {
      return undefined;
    }
    const context = contextPart.text;
    const minTokens = this.#minTokens ?? geminiMinCacheTokens(modelId);
    if (estimateTokens(system.content) + estimateTokens(context) < minTokens) return undefined;
    const fingerprint = createHash('sha256')
      .update(modelId)
      .update('\u0000')
      .update(system.content)
      .update('\u0000')
      .update(context)
      .digest('hex')
      .slice(0, 32);
    return {
      sessionId,
      modelId,
      system: system.content,
      context,
      fingerprint,
      rest: [{ ...first, content: stepParts }, ...others],
    };
  }

  /** The cache, or undefined when it takes longer than `createWaitMs` (creation goes on meanwhile). */
  async #waitBounded(pending: Promise<CacheEntry | undefined>): Promise<CacheEntry | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.#createWaitMs);
    });
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  #session(sessionId: string): SessionCaches {
    let state = this.#sessions.get(sessionId);
    if (!state) {
      if (this.#sessions.size >= SWEEP_ABOVE_SESSIONS) this.#sweep();
      state = {
        entries: new Map(),
        pending: new Map(),
        retryAfter: new Map(),
        extending: new Set(),
        forgotten: false,
      };
      this.#sessions.set(sessionId, state);
    }
    return state;
  }

  /** Forgets sessions with no live cache and no creation under way (e.g. after a CLI run's sessions). */
  #sweep() {
    const now = this.#now();
    for (const [sessionId, state] of this.#sessions) {
      const alive = [...state.entries.values()].some((entry) => entry.expireAt > now);
      if (!alive && state.pending.size === 0 && state.extending.size === 0) this.#sessions.delete(sessionId);
    }
  }

  /** The session's live cache for this prefix, created once (single-flight); undefined to go without. */
  async #acquire(plan: CachePlan): Promise<CacheEntry | undefined> {
    const state = this.#session(plan.sessionId);
    const now = this.#now();
    const known = state.entries.get(plan.fingerprint);
    if (known && known.expireAt - now > SAFETY_MARGIN_MS) {
      if (known.expireAt - now < this.#ttlMs / 2) this.#extendInBackground(plan, state, known);
      return known;
    }
    if ((state.retryAfter.get(plan.fingerprint) ?? 0) > now) return undefined;
    let pending = state.pending.get(plan.fingerprint);
    if (!pending) {
      pending = this.#obtain(plan, state).finally(() => state.pending.delete(plan.fingerprint));
      state.pending.set(plan.fingerprint, pending);
      this.#inBackground(pending);
    }
    return pending;
  }

  async #obtain(plan: CachePlan, state: SessionCaches): Promise<CacheEntry | undefined> {
    try {
      const shared = await this.#readShared(plan);
      if (shared) {
        state.entries.set(plan.fingerprint, shared);
        return shared;
      }
      const created = await this.#create(plan);
      const winner = await this.#claimShared(plan, created);
      if (winner.name !== created.name) this.#inBackground(this.#deleteAtGemini(created.name));
      if (state.forgotten) {
        // The session was deleted while its cache was being created.
        this.#inBackground(this.#deleteAtGemini(winner.name));
        this.#inBackground(this.#updateShared(plan, winner.name, undefined));
        return undefined;
      }
      if (winner.name === created.name)
        this.#reportStorage(plan, created.tokens, created.expireAt - this.#now());
      state.entries.set(plan.fingerprint, winner);
      return winner;
    } catch (error) {
      state.retryAfter.set(plan.fingerprint, this.#now() + RETRY_AFTER_FAILURE_MS);
      this.#log?.(
        `gemini context cache not created for ${plan.modelId} (${describeFailure(error)}); calls go without it`,
      );
      return undefined;
    }
  }

  async #create(plan: CachePlan): Promise<CacheEntry> {
    const body = await this.#request('POST', 'cachedContents', {
      model: modelPath(plan.modelId),
      systemInstruction: { parts: [{ text: plan.system }] },
      contents: [{ role: 'user', parts: [{ text: plan.context }] }],
      ttl: `${this.#ttlMs / 1000}s`,
    });
    const name = (body as { name?: unknown }).name;
    if (typeof name !== 'string' || !name) throw new Error('the created cache has no name');
    const counted = (body as { usageMetadata?: { totalTokenCount?: unknown } }).usageMetadata
      ?.totalTokenCount;
    const tokens =
      typeof counted === 'number' ? counted : estimateTokens(plan.system) + estimateTokens(plan.context);
    return { name, expireAt: this.#expireAt(body), tokens };
  }

  /** When a cache expires, from Gemini's answer (`expireTime`), else from our TTL. */
  #expireAt(body: unknown): number {
    const expireTime = (body as { expireTime?: unknown }).expireTime;
    const parsed = typeof expireTime === 'string' ? Date.parse(expireTime) : Number.NaN;
    return Number.isFinite(parsed) ? parsed : this.#now() + this.#ttlMs;
  }

  #extendInBackground(plan: CachePlan, state: SessionCaches, entry: CacheEntry) {
    if (state.extending.has(entry.name)) return;
    state.extending.add(entry.name);
    const run = async () => {
      try {
        const body = await this.#request('PATCH', `${entry.name}?updateMask=ttl`, {
          ttl: `${this.#ttlMs / 1000}s`,
        });
        const expireAt = this.#expireAt(body);
        this.#reportStorage(plan, entry.tokens, expireAt - entry.expireAt);
        entry.expireAt = expireAt;
        await this.#updateShared(plan, entry.name, entry);
      } catch (error) {
        if (error instanceof GeminiCacheRequestError && [403, 404].includes(error.status)) {
          await this.#drop(plan, entry);
        } else {
          this.#log?.(`gemini context cache ${entry.name} not extended (${describeFailure(error)})`);
        }
      } finally {
        state.extending.delete(entry.name);
      }
    };
    this.#inBackground(run());
  }

  #reportStorage(plan: CachePlan, tokens: number, reservedMs: number) {
    if (reservedMs <= 0) return;
    this.#onStorage?.({
      modelId: plan.modelId,
      sessionId: plan.sessionId,
      cachedTokens: tokens,
      hours: reservedMs / HOUR_MS,
    });
  }

  /** Forgets a cache that is gone, here and in Redis, so the next call creates a new one. */
  async #drop(plan: CachePlan, entry: CacheEntry) {
    const state = this.#sessions.get(plan.sessionId);
    if (state?.entries.get(plan.fingerprint)?.name === entry.name) state.entries.delete(plan.fingerprint);
    await this.#updateShared(plan, entry.name, undefined);
  }

  async #readShared(plan: CachePlan): Promise<CacheEntry | undefined> {
    if (!this.#redis) return undefined;
    try {
      const entry = parseEntry(await this.#redis.hget(this.redisKey(plan.sessionId), plan.fingerprint));
      return entry && entry.expireAt - this.#now() > SAFETY_MARGIN_MS ? entry : undefined;
    } catch {
      return undefined; // Redis down: this server keeps its own cache.
    }
  }

  /** Records a new cache in Redis unless another server's live one is there: returns the one to use. */
  async #claimShared(plan: CachePlan, created: CacheEntry): Promise<CacheEntry> {
    if (!this.#redis) return created;
    try {
      const winner = await this.#redis.eval(
        CLAIM_SCRIPT,
        1,
        this.redisKey(plan.sessionId),
        plan.fingerprint,
        JSON.stringify(created),
        String(this.#now() + SAFETY_MARGIN_MS),
        String(Math.max(1, created.expireAt - this.#now())),
      );
      return parseEntry(typeof winner === 'string' ? winner : null) ?? created;
    } catch {
      return created;
    }
  }

  async #updateShared(plan: CachePlan, name: string, entry: CacheEntry | undefined) {
    if (!this.#redis) return;
    try {
      await this.#redis.eval(
        UPDATE_SCRIPT,
        1,
        this.redisKey(plan.sessionId),
        plan.fingerprint,
        name,
        entry ? JSON.stringify(entry) : '',
        String(entry ? Math.max(1, entry.expireAt - this.#now()) : 1),
      );
    } catch {
      // Best effort: another server finds the record stale when it tries to use it.
    }
  }

  async #deleteAtGemini(name: string) {
    try {
      await this.#request('DELETE', name);
    } catch (error) {
      if (error instanceof GeminiCacheRequestError && [403, 404].includes(error.status)) return;
      this.#log?.(
        `gemini context cache ${name} not deleted (${describeFailure(error)}); it expires on its own`,
      );
    }
  }

  async #request(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await this.#fetch(`${this.#baseURL}/${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-goog-api-key': this.#apiKey },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.#requestTimeoutMs),
    });
    const text = await response.text();
    if (!response.ok) {
      let message = response.statusText;
      try {
        message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
      } catch {
        // Not JSON: keep the status text.
      }
      throw new GeminiCacheRequestError(response.status, message);
    }
    return text ? JSON.parse(text) : {};
  }

  #inBackground(work: Promise<unknown>) {
    const tracked = work.finally(() => this.#background.delete(tracked));
    this.#background.add(tracked);
  }
}

function parseEntry(raw: string | null | undefined): CacheEntry | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CacheEntry>;
    return typeof value.name === 'string' && typeof value.expireAt === 'number'
      ? {
          name: value.name,
          expireAt: value.expireAt,
          tokens: typeof value.tokens === 'number' ? value.tokens : 0,
        }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The call without its cached prefix, naming the cache instead. */
function withCachedContent(
  params: LanguageModelV3CallOptions,
  rest: LanguageModelV3Prompt,
  name: string,
): LanguageModelV3CallOptions {
  return {
    ...params,
    prompt: rest,
    providerOptions: {
      ...params.providerOptions,
      google: { ...params.providerOptions?.google, cachedContent: name },
    },
  };
}
