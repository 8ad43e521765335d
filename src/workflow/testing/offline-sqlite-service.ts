import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import { createOfflineEngine } from '../../reasoning/offline/offline-engine.js';
import { createSqliteSessionStore } from '../../state/sqlite-session-store.js';
import { createInterviewService, type InterviewService } from '../interview-service.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../workflow-config.js';

/** An interview service as the embedded default runs it, in a directory of its own. */
export interface OfflineSqliteService {
  service: InterviewService;
  /** Closes the stores and removes the directory. */
  close(): Promise<void>;
}

/**
 * The interview service on the offline engine (with a fixed "today", so dates in CVs read the
 * same in every run) and real SQLite stores in a new temporary directory: for tests that walk
 * whole interviews the way a user of the embedded defaults would.
 */
export function openOfflineSqliteService(directoryPrefix: string): OfflineSqliteService {
  const dir = mkdtempSync(join(tmpdir(), directoryPrefix));
  const db = new Database(join(dir, 'checkpoints.sqlite'));
  const store = createSqliteSessionStore({ path: join(dir, 'sessions.sqlite') });
  const service = createInterviewService({
    reasoner: createOfflineEngine({ now: () => new Date('2026-06-01T00:00:00Z') }),
    checkpointer: new SqliteSaver(db),
    sessionStore: store,
    config: DEFAULT_WORKFLOW_CONFIG,
  });
  return {
    service,
    close: async () => {
      await store.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
