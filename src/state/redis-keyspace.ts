/**
 * How Gapwise names its Redis keys. Every key of a session carries the session id as a hash tag
 * (`gw:{<session>}:…`) so that a Redis Cluster keeps the whole session on one shard and a
 * MULTI over its keys is legal.
 */
export interface SessionKeyspace {
  /** Prefix of every key, e.g. `gw`; tests use a random one. */
  prefix: string;
  /** The global index of live sessions (sorted by expiry), outside any hash tag. */
  sessionIndexKey: string;
  /** The session a LangGraph thread belongs to. */
  sessionOf(threadId: string): string;
}

/** A keyspace whose thread ids are `<session>` or `<session>:<question>`. */
export function createSessionKeyspace(prefix = 'gw'): SessionKeyspace {
  return {
    prefix,
    sessionIndexKey: `${prefix}:sessions`,
    sessionOf: (threadId) => threadId.split(':')[0] ?? threadId,
  };
}

/** Every key one session owns; deleting the session deletes exactly these. */
export function sessionKeys(keyspace: SessionKeyspace, sessionId: string) {
  const base = `${keyspace.prefix}:{${sessionId}}`;
  return {
    checkpoints: `${base}:cp`,
    checkpointIndex: `${base}:cpidx`,
    writes: `${base}:w`,
    writeIndex: `${base}:widx`,
    blobs: `${base}:blob`,
    blobIndex: `${base}:blobidx`,
    meta: `${base}:meta`,
    events: `${base}:events`,
    eventSeq: `${base}:evseq`,
  };
}
