import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeSessionStoreSpec } from './session-store.spec.js';
import { createSqliteSessionStore } from './sqlite-session-store.js';

const dir = mkdtempSync(join(tmpdir(), 'gapwise-sessions-'));
let counter = 0;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describeSessionStoreSpec('sqlite', async () =>
  createSqliteSessionStore({ path: join(dir, `s-${counter++}.sqlite`) }),
);

describe('SQLite session store', () => {
  it('keeps sessions and locks across reopening the same file', async () => {
    const path = join(dir, 'reopen.sqlite');
    const first = createSqliteSessionStore({ path });
    await first.create(
      { id: 'abc', tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
      60,
    );
    await first.bumpVersion('abc', 0);
    const lock = await first.tryLock('abc:q-1', 10_000);
    expect(lock).toBeDefined();
    await first.close();

    const second = createSqliteSessionStore({ path });
    expect((await second.get('abc'))?.version).toBe(1);
    expect(await second.tryLock('abc:q-1', 10_000)).toBeUndefined();
    await second.close();
  });

  it('remembers that a session expired rather than never existed', async () => {
    const store = createSqliteSessionStore({ path: join(dir, 'expired.sqlite') });
    await store.create(
      { id: 'gone', tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
      1,
    );
    expect(await store.wasExpired?.('gone')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(await store.wasExpired?.('gone')).toBe(true);
    expect(await store.wasExpired?.('never')).toBe(false);
    await store.close();
  });
});
