import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionRecord, SessionStore } from './session-store.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function newRecord(overrides: Partial<SessionRecord> = {}): Omit<SessionRecord, 'expiresAt' | 'version'> {
  return {
    id: randomBytes(32).toString('base64url'),
    tokenHash: randomBytes(32).toString('hex'),
    engine: 'offline',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * The behaviour every SessionStore backend must show, run once per backend (SQLite, Redis).
 * `make` must return a fresh, empty store each time (own file, database or key prefix).
 * @example describeSessionStoreSpec('sqlite', async () => createSqliteSessionStore({ path: ':memory:' }));
 */
export function describeSessionStoreSpec(name: string, make: () => Promise<SessionStore>): void {
  describe(`SessionStore spec: ${name}`, () => {
    let store: SessionStore;

    beforeEach(async () => {
      store = await make();
    });

    afterEach(async () => {
      await store.close();
    });

    it('creates a session at version 0 and reads it back', async () => {
      const record = newRecord();
      const created = await store.create(record, 60);
      expect(created).toMatchObject({ ...record, version: 0 });
      const expiresIn = Date.parse(created.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(50_000);
      expect(expiresIn).toBeLessThanOrEqual(60_000);

      const read = await store.get(record.id);
      expect(read).toMatchObject({ ...record, version: 0 });
    });

    it('answers undefined for a session that never existed', async () => {
      expect(await store.get('no-such-session')).toBeUndefined();
    });

    it('hides a session once its ttl has passed', async () => {
      const record = newRecord();
      await store.create(record, 1);
      expect(await store.get(record.id)).toBeDefined();
      await sleep(1300);
      expect(await store.get(record.id)).toBeUndefined();
      expect(await store.extend(record.id, 60)).toBeUndefined();
      expect(await store.bumpVersion(record.id, 0)).toBe(false);
      expect((await store.list()).map((r) => r.id)).not.toContain(record.id);
    });

    it('extends the life of a live session', async () => {
      const record = newRecord();
      await store.create(record, 1);
      const extended = await store.extend(record.id, 120);
      expect(extended?.id).toBe(record.id);
      expect(Date.parse(extended?.expiresAt ?? '')).toBeGreaterThan(Date.now() + 100_000);
      await sleep(1300);
      expect(await store.get(record.id)).toBeDefined();
    });

    it('never shortens a session when extending it by less than it has left', async () => {
      const record = newRecord();
      await store.create(record, 600);
      const extended = await store.extend(record.id, 5);
      expect(Date.parse(extended?.expiresAt ?? '')).toBeGreaterThan(Date.now() + 500_000);
      expect(Date.parse((await store.get(record.id))?.expiresAt ?? '')).toBeGreaterThan(Date.now() + 500_000);
    });

    it('answers undefined when extending an unknown session', async () => {
      expect(await store.extend('no-such-session', 60)).toBeUndefined();
    });

    it('deletes a session and says whether it existed', async () => {
      const record = newRecord();
      await store.create(record, 60);
      expect(await store.delete(record.id)).toBe(true);
      expect(await store.get(record.id)).toBeUndefined();
      expect(await store.delete(record.id)).toBe(false);
    });

    it('lists live sessions newest first, up to the limit', async () => {
      const older = newRecord({ createdAt: '2026-01-01T00:00:00.000Z' });
      const middle = newRecord({ createdAt: '2026-01-02T00:00:00.000Z' });
      const newest = newRecord({ createdAt: '2026-01-03T00:00:00.000Z' });
      // Created in time order (a backend may rank by expiry, which then agrees with createdAt).
      for (const record of [older, middle, newest]) {
        await store.create(record, 60);
        await sleep(5);
      }

      const all = await store.list();
      expect(all.map((r) => r.id)).toEqual([newest.id, middle.id, older.id]);
      const limited = await store.list(2);
      expect(limited.map((r) => r.id)).toEqual([newest.id, middle.id]);
    });

    it('moves the version only from the expected value (compare-and-set)', async () => {
      const record = newRecord();
      await store.create(record, 60);
      expect(await store.bumpVersion(record.id, 0)).toBe(true);
      expect(await store.bumpVersion(record.id, 0)).toBe(false);
      expect(await store.bumpVersion(record.id, 1)).toBe(true);
      expect((await store.get(record.id))?.version).toBe(2);
      expect(await store.bumpVersion('no-such-session', 0)).toBe(false);
    });

    it('lets exactly one of many concurrent writers bump the same version', async () => {
      const record = newRecord();
      await store.create(record, 60);
      const results = await Promise.all(Array.from({ length: 8 }, () => store.bumpVersion(record.id, 0)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.get(record.id))?.version).toBe(1);
    });

    it('gives a lock to one holder at a time', async () => {
      const key = `${newRecord().id}:q-req-1`;
      const attempts = await Promise.all(Array.from({ length: 5 }, () => store.tryLock(key, 10_000)));
      const held = attempts.filter((lock) => lock !== undefined);
      expect(held).toHaveLength(1);
      expect(await store.tryLock(key, 10_000)).toBeUndefined();
      // Another key is independent.
      const other = await store.tryLock(`${key}-other`, 10_000);
      expect(other).toBeDefined();
      await other?.release();
      await held[0]?.release();
    });

    it('frees a lock on release, and a second release is harmless', async () => {
      const key = `${newRecord().id}:q-req-2`;
      const lock = await store.tryLock(key, 10_000);
      expect(lock).toBeDefined();
      await lock?.release();
      await lock?.release();
      const again = await store.tryLock(key, 10_000);
      expect(again).toBeDefined();
      await again?.release();
    });

    it('lets a lock expire, and a late release does not free the next holder', async () => {
      const key = `${newRecord().id}:q-req-3`;
      const first = await store.tryLock(key, 150);
      expect(first).toBeDefined();
      await sleep(400);
      const second = await store.tryLock(key, 10_000);
      expect(second).toBeDefined();
      await first?.release();
      expect(await store.tryLock(key, 10_000)).toBeUndefined();
      await second?.release();
    });

    it('keeps a renewed lock past its first ttl', async () => {
      const key = `${newRecord().id}:q-req-4`;
      const lock = await store.tryLock(key, 600);
      for (let beat = 0; beat < 5; beat++) {
        await sleep(150);
        expect(await lock?.renew(600)).toBe(true);
      }
      // 750 ms after taking a 600 ms lock: still held.
      expect(await store.tryLock(key, 10_000)).toBeUndefined();
      await lock?.release();
      expect(await lock?.renew(600)).toBe(false);
      const next = await store.tryLock(key, 10_000);
      expect(next).toBeDefined();
      await next?.release();
    });

    it('refuses to renew a lock that lapsed, and leaves the next holder alone', async () => {
      const key = `${newRecord().id}:q-req-5`;
      const first = await store.tryLock(key, 150);
      await sleep(400);
      expect(await first?.renew(10_000)).toBe(false);
      const second = await store.tryLock(key, 150);
      expect(second).toBeDefined();
      expect(await first?.renew(10_000)).toBe(false);
      await sleep(400);
      // The stale holder's renewal did not extend the second holder's lock.
      const third = await store.tryLock(key, 10_000);
      expect(third).toBeDefined();
      await third?.release();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
