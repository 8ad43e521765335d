import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENTS_KEPT_PER_SESSION, MemorySessionEventHub } from './session-event-hub.js';

const event = (sessionId: string, index: number) => ({
  sessionId,
  type: 'step.progress',
  at: new Date().toISOString(),
  data: { index },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('MemorySessionEventHub', () => {
  it('keeps the whole history of a long session for a client that reconnects', async () => {
    const hub = new MemorySessionEventHub();
    for (let i = 0; i < 300; i++) hub.publish(event('long', i));
    const history = await hub.history('long');
    expect(history).toHaveLength(300);
    expect(history[0]?.seq).toBe(1);
    expect((await hub.history('long', 290)).map((item) => item.seq)).toEqual([
      291, 292, 293, 294, 295, 296, 297, 298, 299, 300,
    ]);
  });

  it('bounds a session to its newest events', async () => {
    const hub = new MemorySessionEventHub();
    for (let i = 0; i < EVENTS_KEPT_PER_SESSION + 10; i++) hub.publish(event('busy', i));
    const history = await hub.history('busy');
    expect(history).toHaveLength(EVENTS_KEPT_PER_SESSION);
    expect(history[0]?.seq).toBe(11);
  });

  it('drops sessions idle past the retention, and keeps those still active', async () => {
    vi.useFakeTimers();
    const hub = new MemorySessionEventHub({ retentionMs: 1000 });
    hub.publish(event('idle', 0));
    hub.publish(event('active', 0));
    vi.advanceTimersByTime(600);
    hub.publish(event('active', 1));
    vi.advanceTimersByTime(600);
    hub.publish(event('other', 0));
    expect(await hub.history('idle')).toEqual([]);
    expect(await hub.history('active')).toHaveLength(2);
  });
});
