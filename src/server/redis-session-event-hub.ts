import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { SessionKeyspace } from '../state/redis-keyspace.js';
import { sessionKeys } from '../state/redis-keyspace.js';
import {
  EVENTS_KEPT_PER_SESSION,
  type ProgressEvent,
  type SequencedEvent,
  type SessionEventHub,
} from './session-event-hub.js';

// Numbers, stores and broadcasts one event atomically, so every server sees one order per session.
const PUBLISH_EVENT = `
local seq = redis.call('INCR', KEYS[2])
local event = cjson.decode(ARGV[1])
event['seq'] = seq
local encoded = cjson.encode(event)
redis.call('RPUSH', KEYS[1], encoded)
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[3]), -1)
-- At least the session's TTL, never shorter than an extension the user asked for.
for i = 1, 2 do
  if redis.call('TTL', KEYS[i]) < tonumber(ARGV[2]) then redis.call('EXPIRE', KEYS[i], ARGV[2]) end
end
redis.call('PUBLISH', ARGV[4], encoded)
return seq`;

/**
 * The hub shared by several servers: history in a capped Redis list under the session's hash tag
 * (so it expires and is deleted with the session), live events over Redis pub/sub, so that a
 * client streaming from server B sees what server A did.
 */
export class RedisSessionEventHub implements SessionEventHub {
  readonly #redis: Redis;
  readonly #subscriber: Redis;
  readonly #keyspace: SessionKeyspace;
  readonly #channel: string;
  readonly #ttlSeconds: number;
  readonly #maxPerSession: number;
  readonly #emitter = new EventEmitter();
  readonly #onError: (error: unknown) => void;
  readonly #ready: Promise<unknown>;

  constructor(options: {
    redis: Redis;
    keyspace: SessionKeyspace;
    ttlSeconds: number;
    maxPerSession?: number;
    onError?: (error: unknown) => void;
  }) {
    this.#redis = options.redis;
    this.#keyspace = options.keyspace;
    this.#ttlSeconds = options.ttlSeconds;
    this.#maxPerSession = options.maxPerSession ?? EVENTS_KEPT_PER_SESSION;
    this.#onError = options.onError ?? (() => {});
    this.#channel = `${options.keyspace.prefix}:events`;
    this.#emitter.setMaxListeners(0);
    // A subscribed connection can do nothing else: it gets its own, and resubscribes on reconnect.
    this.#subscriber = options.redis.duplicate({ enableOfflineQueue: true });
    this.#subscriber.on('error', () => {});
    this.#subscriber.on('message', (_channel: string, message: string) => {
      try {
        const event = JSON.parse(message) as SequencedEvent;
        this.#emitter.emit(event.sessionId, event);
      } catch (error) {
        this.#onError(error);
      }
    });
    this.#ready = this.#subscriber.subscribe(this.#channel).catch(this.#onError);
  }

  publish(event: ProgressEvent): void {
    const keys = sessionKeys(this.#keyspace, event.sessionId);
    this.#redis
      .eval(
        PUBLISH_EVENT,
        2,
        keys.events,
        keys.eventSeq,
        JSON.stringify(event),
        String(this.#ttlSeconds),
        String(this.#maxPerSession),
        this.#channel,
      )
      .catch(this.#onError);
  }

  async history(sessionId: string, afterSeq = 0): Promise<SequencedEvent[]> {
    await this.#ready;
    const stored = await this.#redis.lrange(sessionKeys(this.#keyspace, sessionId).events, 0, -1);
    return stored.map((entry) => JSON.parse(entry) as SequencedEvent).filter((event) => event.seq > afterSeq);
  }

  subscribe(sessionId: string, listener: (event: SequencedEvent) => void): () => void {
    this.#emitter.on(sessionId, listener);
    return () => this.#emitter.off(sessionId, listener);
  }

  async forget(sessionId: string): Promise<void> {
    const keys = sessionKeys(this.#keyspace, sessionId);
    await this.#redis.del(keys.events, keys.eventSeq);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
    this.#subscriber.disconnect();
  }
}
