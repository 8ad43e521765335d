import { createHash } from 'node:crypto';
import type {
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3Middleware,
} from '@ai-sdk/provider';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { ReplySchemaCheck } from './reply-schema-check.js';

/** Where a response came from, reported for metrics. */
export type CacheOutcome = 'l1-hit' | 'l2-hit' | 'miss' | 'skipped';

/** Options of the response cache. */
export interface ResponseCacheOptions {
  /** Most entries held in process (L1). */
  maxEntries?: number;
  /** Shared L2 on Redis; omit for L1 only. */
  redis?: Redis;
  /** Prefix of L2 keys; entries of a session carry its hash tag so deleting the session deletes them. */
  keyPrefix?: string;
  ttlSeconds?: number;
  onOutcome?: (outcome: CacheOutcome) => void;
}

/** The custom provider-options namespace through which callers name the session of a call. */
export const GAPWISE_OPTIONS = 'gapwise';

type CachedResult = Pick<LanguageModelV3GenerateResult, 'content' | 'finishReason' | 'usage' | 'warnings'>;

/** The session a call belongs to, passed as `providerOptions.gapwise.sessionId`. */
export function sessionOfCall(params: LanguageModelV3CallOptions): string | undefined {
  const value = params.providerOptions?.[GAPWISE_OPTIONS]?.sessionId;
  return typeof value === 'string' ? value : undefined;
}

/** Exact-match key: a hash of model, prompt, output schema and settings. */
export function responseCacheKey(modelId: string, params: LanguageModelV3CallOptions): string {
  const { abortSignal: _signal, headers: _headers, ...settings } = params;
  return createHash('sha256').update(modelId).update('\u0000').update(JSON.stringify(settings)).digest('hex');
}

/** The text of a reply: its text parts joined, as the AI SDK reads structured output from it. */
function replyText(result: LanguageModelV3GenerateResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/**
 * Response caches as AI SDK middleware: L1 in-process LRU, L2 Redis shared by all servers.
 * Only deterministic calls (temperature 0) are cached. Cached results report zero token usage
 * for the call (nothing was spent), with the original usage kept in provider metadata.
 * A call that asks for JSON is stored only when its reply is JSON that validates against the
 * requested schema, so a bad reply is never served again (the next identical call reaches the model).
 */
export class ResponseCache {
  readonly #l1: LRUCache<string, CachedResult>;
  readonly #l1BySession = new Map<string, Set<string>>();
  readonly #redis: Redis | undefined;
  readonly #prefix: string;
  readonly #ttlSeconds: number;
  readonly #onOutcome: ((outcome: CacheOutcome) => void) | undefined;
  readonly #schemaCheck = new ReplySchemaCheck();

  constructor({
    maxEntries = 1000,
    redis,
    keyPrefix = 'gw',
    ttlSeconds = 3600,
    onOutcome,
  }: ResponseCacheOptions = {}) {
    this.#l1 = new LRUCache({ max: maxEntries });
    this.#redis = redis;
    this.#prefix = keyPrefix;
    this.#ttlSeconds = ttlSeconds;
    this.#onOutcome = onOutcome;
  }

  /** The Redis key of an entry: inside the session's hash tag when the call names one. */
  l2Key(hash: string, sessionId?: string): string {
    return sessionId ? `${this.#prefix}:{${sessionId}}:rc:${hash}` : `${this.#prefix}:rc:${hash}`;
  }

  /** Drops every L1 entry of a session (its L2 entries go with the session's keys). */
  forgetSession(sessionId: string): void {
    for (const key of this.#l1BySession.get(sessionId) ?? []) this.#l1.delete(key);
    this.#l1BySession.delete(sessionId);
  }

  middleware(): LanguageModelV3Middleware {
    return {
      specificationVersion: 'v3',
      wrapGenerate: async ({ doGenerate, params, model }) => {
        if (params.temperature !== 0) {
          this.#onOutcome?.('skipped');
          return doGenerate();
        }
        const sessionId = sessionOfCall(params);
        const hash = responseCacheKey(`${model.provider}:${model.modelId}`, params);
        const fromL1 = this.#l1.get(hash);
        if (fromL1) {
          this.#onOutcome?.('l1-hit');
          return asCachedResult(fromL1);
        }
        const fromL2 = await this.#readL2(hash, sessionId);
        if (fromL2) {
          this.#remember(hash, fromL2, sessionId);
          this.#onOutcome?.('l2-hit');
          return asCachedResult(fromL2);
        }
        this.#onOutcome?.('miss');
        const result = await doGenerate();
        if (!this.#fitsRequest(params, result)) return result;
        const entry: CachedResult = {
          content: result.content,
          finishReason: result.finishReason,
          usage: result.usage,
          warnings: result.warnings,
        };
        this.#remember(hash, entry, sessionId);
        await this.#writeL2(hash, entry, sessionId);
        return result;
      },
    };
  }

  /** Whether a reply may be stored: always, unless the call asked for JSON (with a schema) it is not. */
  #fitsRequest(params: LanguageModelV3CallOptions, result: LanguageModelV3GenerateResult): boolean {
    const format = params.responseFormat;
    if (format?.type !== 'json') return true;
    return this.#schemaCheck.check(format.schema, replyText(result)).fits;
  }

  #remember(hash: string, entry: CachedResult, sessionId: string | undefined) {
    this.#l1.set(hash, entry);
    if (!sessionId) return;
    const keys = this.#l1BySession.get(sessionId) ?? new Set<string>();
    keys.add(hash);
    this.#l1BySession.set(sessionId, keys);
  }

  async #readL2(hash: string, sessionId: string | undefined): Promise<CachedResult | undefined> {
    if (!this.#redis) return undefined;
    try {
      const raw = await this.#redis.get(this.l2Key(hash, sessionId));
      return raw ? (JSON.parse(raw) as CachedResult) : undefined;
    } catch {
      return undefined; // A cache that is down is a miss, never a failure.
    }
  }

  async #writeL2(hash: string, entry: CachedResult, sessionId: string | undefined) {
    if (!this.#redis) return;
    try {
      await this.#redis.set(this.l2Key(hash, sessionId), JSON.stringify(entry), 'EX', this.#ttlSeconds);
    } catch {
      // Best effort: the answer is already in hand.
    }
  }
}

function asCachedResult(entry: CachedResult): LanguageModelV3GenerateResult {
  return {
    ...entry,
    usage: {
      inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 0, text: 0, reasoning: 0 },
    },
    providerMetadata: { [GAPWISE_OPTIONS]: { responseCache: true } },
  };
}
