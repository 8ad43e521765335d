import { describe, expect, it } from 'vitest';
import { followEvents } from './follow-events.js';
import { MemorySessionEventHub, type SequencedEvent } from './session-event-hub.js';

const event = (type: string) => ({ sessionId: 's1', type, at: new Date(0).toISOString() });

/** A memory hub on which an event is published while a reader is still reading the history. */
class HubPublishingDuringHistory extends MemorySessionEventHub {
  override async history(sessionId: string, afterSeq = 0): Promise<SequencedEvent[]> {
    const snapshot = await super.history(sessionId, afterSeq);
    this.publish(event('step.progress'));
    return snapshot;
  }
}

describe('following a stream of events', () => {
  it('replays the history before an event that arrived while it was being read, none lost', async () => {
    const hub = new HubPublishingDuringHistory();
    hub.publish(event('analysis.started'));
    hub.publish(event('step.started'));
    const received: SequencedEvent[] = [];
    const stop = await followEvents(hub, 's1', 0, (sent) => received.push(sent));
    hub.publish(event('answer.evaluated'));
    stop();
    hub.publish(event('session.deleted'));
    expect(received.map((sent) => [sent.seq, sent.type])).toEqual([
      [1, 'analysis.started'],
      [2, 'step.started'],
      [3, 'step.progress'],
      [4, 'answer.evaluated'],
    ]);
  });

  it('resumes after the last event the client saw (Last-Event-ID)', async () => {
    const hub = new MemorySessionEventHub();
    for (const type of ['analysis.started', 'step.started', 'step.progress']) hub.publish(event(type));
    const received: SequencedEvent[] = [];
    const stop = await followEvents(hub, 's1', 2, (sent) => received.push(sent));
    stop();
    expect(received.map((sent) => sent.type)).toEqual(['step.progress']);
  });
});
