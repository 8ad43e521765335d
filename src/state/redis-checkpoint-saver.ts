import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  compareWritesSortKeys,
  copyCheckpoint,
  getCheckpointId,
  maxChannelVersion,
  type PendingWrite,
  type SerializerProtocol,
  TASKS,
  WRITES_IDX_MAP,
  writesSortKey,
} from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { toStoreError } from './redis-connection.js';
import { type SessionKeyspace, sessionKeys } from './redis-keyspace.js';

/** Options of the Redis checkpointer. */
// Sets each existing key's TTL to at least ARGV[1] ms: a write keeps the session alive but never
// shortens a TTL the user extended.
const EXTEND_TTL_ONLY = `
for i = 1, #KEYS do
  local ttl = redis.call('PTTL', KEYS[i])
  if ttl == -1 or (ttl >= 0 and ttl < tonumber(ARGV[1])) then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
end
return 1`;

export interface RedisCheckpointSaverOptions {
  redis: Redis;
  keyspace: SessionKeyspace;
  /** Seconds every key of a session lives after its last write. */
  ttlSeconds: number;
  serde?: SerializerProtocol;
}

/** Separates the parts of a hash field; thread ids and namespaces never contain NUL. */
const SEP = '\u0000';
/** Sorts after every checkpoint id, so lexicographic ranges can end a prefix. */
const END = '\uffff';

interface StoredCheckpoint {
  type: string;
  checkpoint: string;
  metadata: string;
  parent?: string;
}

interface StoredWrite {
  taskId: string;
  channel: string;
  type: string;
  value: string;
  idx: number;
  taskPath: string;
}

const encode = (bytes: Uint8Array | string) =>
  typeof bytes === 'string' ? `s:${bytes}` : `b:${Buffer.from(bytes).toString('base64')}`;
const decode = (text: string): Uint8Array | string =>
  text.startsWith('s:') ? text.slice(2) : new Uint8Array(Buffer.from(text.slice(2), 'base64'));

/**
 * A LangGraph checkpointer on plain Redis ≥ 6.2 (no modules). All of one session's checkpoints
 * live in four keys that share the session's hash tag (one Cluster slot), so a write is one
 * MULTI, every key carries the session's TTL, and deleting a session is one DEL.
 * Writes are idempotent (same checkpoint id → same field), so a command ioredis resends after
 * a reconnect cannot corrupt a thread.
 */
export class RedisCheckpointSaver extends BaseCheckpointSaver {
  readonly #redis: Redis;
  readonly #keyspace: SessionKeyspace;
  readonly #ttlMs: number;

  constructor({ redis, keyspace, ttlSeconds, serde }: RedisCheckpointSaverOptions) {
    super(serde);
    this.#redis = redis;
    this.#keyspace = keyspace;
    this.#ttlMs = ttlSeconds * 1000;
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = config.configurable?.thread_id as string | undefined;
    if (threadId === undefined) return undefined;
    const namespace = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const keys = this.#keys(threadId);
    try {
      let checkpointId = getCheckpointId(config);
      if (!checkpointId) {
        const prefix = `${threadId}${SEP}${namespace}${SEP}`;
        const [latest] = await this.#redis.zrevrangebylex(
          keys.checkpointIndex,
          `[${prefix}${END}`,
          `[${prefix}`,
          'LIMIT',
          0,
          1,
        );
        if (!latest) return undefined;
        checkpointId = latest.slice(prefix.length);
      }
      const raw = await this.#redis.hget(keys.checkpoints, this.#field(threadId, namespace, checkpointId));
      if (!raw) return undefined;
      return await this.#toTuple({
        threadId,
        namespace,
        checkpointId,
        stored: JSON.parse(raw) as StoredCheckpoint,
      });
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    const { before, filter } = options ?? {};
    let remaining = options?.limit;
    const threadId = config.configurable?.thread_id as string | undefined;
    const namespace = config.configurable?.checkpoint_ns as string | undefined;
    const onlyCheckpointId = config.configurable?.checkpoint_id as string | undefined;
    const beforeId = before?.configurable?.checkpoint_id as string | undefined;
    const sessions = threadId ? [this.#keyspace.sessionOf(threadId)] : await this.#liveSessions();
    for (const session of sessions) {
      const keys = sessionKeys(this.#keyspace, session);
      const prefix = threadId ? `${threadId}${SEP}` : '';
      const members = await this.#redis
        .zrangebylex(keys.checkpointIndex, prefix ? `[${prefix}` : '-', prefix ? `[${prefix}${END}` : '+')
        .catch((error: unknown) => {
          throw toStoreError(error);
        });
      const entries = members
        .map((member) => {
          const [thread, ns, id] = member.split(SEP) as [string, string, string];
          return { thread, ns, id, member };
        })
        .filter((entry) => namespace === undefined || entry.ns === namespace)
        .filter((entry) => !onlyCheckpointId || entry.id === onlyCheckpointId)
        .filter((entry) => !beforeId || entry.id < beforeId)
        // Threads and namespaces in stored order, newest checkpoint first within each.
        .sort((a, b) =>
          a.thread === b.thread
            ? a.ns === b.ns
              ? a.id < b.id
                ? 1
                : -1
              : a.ns < b.ns
                ? -1
                : 1
            : a.thread < b.thread
              ? -1
              : 1,
        );
      for (const entry of entries) {
        if (remaining !== undefined && remaining <= 0) return;
        const raw = await this.#redis.hget(keys.checkpoints, entry.member);
        if (!raw) continue;
        const stored = JSON.parse(raw) as StoredCheckpoint;
        const metadata = (await this.serde.loadsTyped(
          stored.type,
          decode(stored.metadata),
        )) as CheckpointMetadata;
        if (
          filter &&
          !Object.entries(filter).every(
            ([key, value]) => value === undefined || (metadata as Record<string, unknown>)[key] === value,
          )
        ) {
          continue;
        }
        if (remaining !== undefined) remaining -= 1;
        yield await this.#toTuple({
          threadId: entry.thread,
          namespace: entry.ns,
          checkpointId: entry.id,
          stored,
        });
      }
    }
  }

  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    const threadId = config.configurable?.thread_id as string | undefined;
    if (!threadId) throw new Error('Failed to put checkpoint: config.configurable.thread_id is missing.');
    const namespace = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const parent = config.configurable?.checkpoint_id as string | undefined;
    // Channel values are stored once per (channel, version) as blobs; the checkpoint keeps only
    // versions, so a step that changes one channel does not rewrite all the others.
    const { channel_values: channelValues, ...withoutValues } = copyCheckpoint(checkpoint);
    const [[type, serialisedCheckpoint], [, serialisedMetadata], blobs] = await Promise.all([
      this.serde.dumpsTyped({ ...withoutValues, channel_values: {} }),
      this.serde.dumpsTyped(metadata),
      Promise.all(
        Object.entries(newVersions).map(async ([channel, version]) => {
          const field = `${threadId}${SEP}${namespace}${SEP}${channel}${SEP}${String(version)}`;
          if (!(channel in channelValues)) return { field, value: JSON.stringify({ empty: true }) };
          const [blobType, bytes] = await this.serde.dumpsTyped(channelValues[channel]);
          return { field, value: JSON.stringify({ type: blobType, value: encode(bytes) }) };
        }),
      ),
    ]);
    const stored: StoredCheckpoint = {
      type,
      checkpoint: encode(serialisedCheckpoint),
      metadata: encode(serialisedMetadata),
      ...(parent ? { parent } : {}),
    };
    const field = this.#field(threadId, namespace, checkpoint.id);
    const keys = this.#keys(threadId);
    const multi = this.#redis.multi();
    for (const blob of blobs)
      multi.hset(keys.blobs, blob.field, blob.value).zadd(keys.blobIndex, 0, blob.field);
    multi.hset(keys.checkpoints, field, JSON.stringify(stored)).zadd(keys.checkpointIndex, 0, field);
    await this.#commit(threadId, multi);
    return { configurable: { thread_id: threadId, checkpoint_ns: namespace, checkpoint_id: checkpoint.id } };
  }

  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath = '',
  ): Promise<void> {
    const threadId = config.configurable?.thread_id as string | undefined;
    const checkpointId = config.configurable?.checkpoint_id as string | undefined;
    if (!threadId) throw new Error('Failed to put writes: config.configurable.thread_id is missing.');
    if (!checkpointId) throw new Error('Failed to put writes: config.configurable.checkpoint_id is missing.');
    const namespace = (config.configurable?.checkpoint_ns as string | undefined) ?? '';
    const keys = this.#keys(threadId);
    const serialised = await Promise.all(
      writes.map(async ([channel, value], index) => {
        const [type, bytes] = await this.serde.dumpsTyped(value);
        const idx = WRITES_IDX_MAP[channel] ?? index;
        const write: StoredWrite = { taskId, channel, type, value: encode(bytes), idx, taskPath };
        return {
          field: `${this.#field(threadId, namespace, checkpointId)}${SEP}${taskId}${SEP}${idx}`,
          write,
        };
      }),
    );
    const multi = this.#redis.multi();
    for (const { field, write } of serialised) {
      // Regular writes keep the first value stored; special writes (errors, interrupts) replace.
      if (write.idx >= 0) multi.hsetnx(keys.writes, field, JSON.stringify(write));
      else multi.hset(keys.writes, field, JSON.stringify(write));
      multi.zadd(keys.writeIndex, 0, field);
    }
    await this.#commit(threadId, multi);
  }

  async deleteThread(threadId: string): Promise<void> {
    const keys = this.#keys(threadId);
    const prefix = `${threadId}${SEP}`;
    try {
      const [checkpoints, writes, blobs] = await Promise.all([
        this.#redis.zrangebylex(keys.checkpointIndex, `[${prefix}`, `[${prefix}${END}`),
        this.#redis.zrangebylex(keys.writeIndex, `[${prefix}`, `[${prefix}${END}`),
        this.#redis.zrangebylex(keys.blobIndex, `[${prefix}`, `[${prefix}${END}`),
      ]);
      const multi = this.#redis.multi();
      if (checkpoints.length > 0)
        multi.hdel(keys.checkpoints, ...checkpoints).zrem(keys.checkpointIndex, ...checkpoints);
      if (writes.length > 0) multi.hdel(keys.writes, ...writes).zrem(keys.writeIndex, ...writes);
      if (blobs.length > 0) multi.hdel(keys.blobs, ...blobs).zrem(keys.blobIndex, ...blobs);
      await multi.exec();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /** Thread ids (with their namespaces) stored for one session, across all servers. */
  async listThreads(sessionId: string): Promise<string[]> {
    const keys = sessionKeys(this.#keyspace, sessionId);
    const members = await this.#redis.zrange(keys.checkpointIndex, 0, -1).catch((error: unknown) => {
      throw toStoreError(error);
    });
    return [...new Set(members.map((member) => member.split(SEP)[0]!))];
  }

  #keys(threadId: string) {
    return sessionKeys(this.#keyspace, this.#keyspace.sessionOf(threadId));
  }

  #field(threadId: string, namespace: string, checkpointId: string): string {
    return `${threadId}${SEP}${namespace}${SEP}${checkpointId}`;
  }

  /** Runs a session's MULTI with the TTL of all its keys refreshed in the same transaction. */
  async #commit(threadId: string, multi: ReturnType<Redis['multi']>): Promise<void> {
    const session = this.#keyspace.sessionOf(threadId);
    const keys = sessionKeys(this.#keyspace, session);
    const sessionKeyList = Object.values(keys);
    multi.eval(EXTEND_TTL_ONLY, sessionKeyList.length, ...sessionKeyList, String(this.#ttlMs));
    try {
      const results = await multi.exec();
      const failed = results?.find(([error]) => error);
      if (failed?.[0]) throw failed[0];
      // The session index lives outside the hash tag (it spans sessions), so it is its own command.
      await this.#redis.zadd(this.#keyspace.sessionIndexKey, 'GT', Date.now() + this.#ttlMs, session);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async #liveSessions(): Promise<string[]> {
    try {
      // Expired ids stay a day so that the session store can still answer "expired" for them.
      await this.#redis.zremrangebyscore(
        this.#keyspace.sessionIndexKey,
        '-inf',
        Date.now() - 24 * 3600 * 1000,
      );
      return await this.#redis.zrangebyscore(this.#keyspace.sessionIndexKey, Date.now(), '+inf');
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async #pendingWrites(
    threadId: string,
    namespace: string,
    checkpointId: string,
  ): Promise<CheckpointPendingWrite[]> {
    const keys = this.#keys(threadId);
    const prefix = `${this.#field(threadId, namespace, checkpointId)}${SEP}`;
    const fields = await this.#redis.zrangebylex(keys.writeIndex, `[${prefix}`, `[${prefix}${END}`);
    if (fields.length === 0) return [];
    const values = await this.#redis.hmget(keys.writes, ...fields);
    const writes = values
      .filter((value): value is string => value !== null)
      .map((value) => JSON.parse(value) as StoredWrite);
    writes.sort((a, b) =>
      compareWritesSortKeys(
        writesSortKey(a.taskPath, a.taskId, a.idx),
        writesSortKey(b.taskPath, b.taskId, b.idx),
      ),
    );
    return Promise.all(
      writes.map(
        async (write) =>
          [
            write.taskId,
            write.channel,
            await this.serde.loadsTyped(write.type, decode(write.value)),
          ] as CheckpointPendingWrite,
      ),
    );
  }

  async #channelValues(
    threadId: string,
    namespace: string,
    checkpoint: Checkpoint,
  ): Promise<Record<string, unknown>> {
    const channels = Object.entries(checkpoint.channel_versions ?? {});
    if (channels.length === 0) return {};
    const keys = this.#keys(threadId);
    const fields = channels.map(
      ([channel, version]) => `${threadId}${SEP}${namespace}${SEP}${channel}${SEP}${String(version)}`,
    );
    const raw = await this.#redis.hmget(keys.blobs, ...fields);
    const values: Record<string, unknown> = {};
    await Promise.all(
      raw.map(async (text, index) => {
        if (!text) return;
        const blob = JSON.parse(text) as { empty?: boolean; type?: string; value?: string };
        if (blob.empty || !blob.type || blob.value === undefined) return;
        values[channels[index]![0]] = await this.serde.loadsTyped(blob.type, decode(blob.value));
      }),
    );
    return values;
  }

  /** Checkpoints older than format v4 kept pending sends as writes of their parent: move them into the checkpoint. */
  async #migratePendingSends({
    threadId,
    namespace,
    checkpoint,
    parent,
  }: {
    threadId: string;
    namespace: string;
    checkpoint: Checkpoint;
    parent: string;
  }): Promise<void> {
    const parentWrites = await this.#pendingWrites(threadId, namespace, parent);
    const sends = parentWrites.filter(([, channel]) => channel === TASKS).map(([, , value]) => value);
    checkpoint.channel_values ??= {};
    checkpoint.channel_values[TASKS] = sends;
    checkpoint.channel_versions ??= {};
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
  }

  async #toTuple({
    threadId,
    namespace,
    checkpointId,
    stored,
  }: {
    threadId: string;
    namespace: string;
    checkpointId: string;
    stored: StoredCheckpoint;
  }): Promise<CheckpointTuple> {
    const [checkpoint, metadata, pendingWrites] = await Promise.all([
      this.serde.loadsTyped(stored.type, decode(stored.checkpoint)) as Promise<Checkpoint>,
      this.serde.loadsTyped(stored.type, decode(stored.metadata)) as Promise<CheckpointMetadata>,
      this.#pendingWrites(threadId, namespace, checkpointId),
    ]);
    checkpoint.channel_values = await this.#channelValues(threadId, namespace, checkpoint);
    if (checkpoint.v < 4 && stored.parent)
      await this.#migratePendingSends({ threadId, namespace, checkpoint, parent: stored.parent });
    const tuple: CheckpointTuple = {
      config: {
        configurable: { thread_id: threadId, checkpoint_ns: namespace, checkpoint_id: checkpointId },
      },
      checkpoint,
      metadata,
      pendingWrites,
    };
    if (stored.parent) {
      tuple.parentConfig = {
        configurable: { thread_id: threadId, checkpoint_ns: namespace, checkpoint_id: stored.parent },
      };
    }
    return tuple;
  }
}
