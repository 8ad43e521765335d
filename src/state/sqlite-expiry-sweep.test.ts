import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyCheckpoint } from '@langchain/langgraph-checkpoint';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqliteBackend, type StateBackend } from './state-backend.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A session with a checkpoint (and a pending write) on its own thread and on one question's. */
async function seedSession(backend: StateBackend, id: string, ttlSeconds: number): Promise<void> {
  await backend.sessionStore.create(
    { id, tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
    ttlSeconds,
  );
  for (const threadId of [id, `${id}:q-req-1`]) {
    const checkpoint = emptyCheckpoint();
    const saved = await backend.checkpointer.put(
      { configurable: { thread_id: threadId, checkpoint_ns: '' } },
      checkpoint,
      { source: 'input', step: -1, parents: {} },
      {},
    );
    await backend.checkpointer.putWrites(saved, [['answer', 'some answer']], 'task-1');
  }
}

/** Rows each table holds for one session's threads, read straight from the files. */
function rowsOf(dir: string, id: string) {
  const checkpoints = new Database(join(dir, 'checkpoints.sqlite'), { readonly: true });
  const sessions = new Database(join(dir, 'sessions.sqlite'), { readonly: true });
  try {
    const count = (table: string) =>
      (
        checkpoints
          .prepare(`SELECT count(*) AS n FROM ${table} WHERE thread_id = ? OR thread_id = ?`)
          .get(id, `${id}:q-req-1`) as { n: number }
      ).n;
    return {
      checkpoints: count('checkpoints'),
      writes: count('writes'),
      sessions: (sessions.prepare('SELECT count(*) AS n FROM sessions WHERE id = ?').get(id) as { n: number })
        .n,
    };
  } finally {
    checkpoints.close();
    sessions.close();
  }
}

describe('SQLite expiry sweep', () => {
  let dir: string;
  const open: StateBackend[] = [];
  const openBackend = (options: Parameters<typeof openSqliteBackend>[1] = {}) => {
    const backend = openSqliteBackend(dir, options);
    open.push(backend);
    return backend;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapwise-sweep-'));
  });

  afterEach(async () => {
    for (const backend of open.splice(0)) await backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("deletes an expired session's rows and checkpoints at start, and keeps a live one's", async () => {
    const expired = randomBytes(16).toString('base64url');
    // Sorts right after the expired id's threads: a prefix match that is too wide would take it.
    const live = `${expired}_live`;
    const first = openBackend();
    await seedSession(first, expired, 1);
    await seedSession(first, live, 600);
    expect(rowsOf(dir, expired)).toEqual({ checkpoints: 2, writes: 2, sessions: 1 });
    await first.close();
    await sleep(1200);

    const reopened = openBackend();

    expect(rowsOf(dir, expired)).toEqual({ checkpoints: 0, writes: 0, sessions: 0 });
    expect(rowsOf(dir, live)).toEqual({ checkpoints: 2, writes: 2, sessions: 1 });
    expect(await reopened.sessionStore.get(live)).toBeDefined();
    // The id is still remembered, so a client is told "expired" rather than "unknown".
    expect(await reopened.sessionStore.wasExpired?.(expired)).toBe(true);
    expect(await reopened.sessionStore.wasExpired?.(live)).toBe(false);
  });

  it('sweeps periodically while the server runs, and stops when it closes', async () => {
    const errors: unknown[] = [];
    const backend = openBackend({ sweepIntervalMs: 100, onSweepError: (error) => errors.push(error) });
    const expired = randomBytes(16).toString('base64url');
    const live = randomBytes(16).toString('base64url');
    await seedSession(backend, expired, 1);
    await seedSession(backend, live, 600);

    await vi.waitFor(() => expect(rowsOf(dir, expired)).toEqual({ checkpoints: 0, writes: 0, sessions: 0 }), {
      timeout: 5000,
      interval: 100,
    });
    expect(rowsOf(dir, live)).toEqual({ checkpoints: 2, writes: 2, sessions: 1 });

    await backend.close();
    // A sweep still scheduled after close would fail on the closed files and be reported here.
    await sleep(350);
    expect(errors).toEqual([]);
  });
});
