import type { SequencedEvent, SessionEventHub } from './session-event-hub.js';

/**
 * Delivers a stream's events to `send`: its history after `afterSeq` first, then live ones, each
 * once and in `seq` order. It subscribes before reading the history, so nothing published in
 * between is lost, and holds live events until the history is out: delivered at once, a live
 * event would overtake older history still being read (and the client, trusting `seq`, would
 * never see it).
 * @returns a function that stops following.
 */
export async function followEvents(
  hub: SessionEventHub,
  streamId: string,
  afterSeq: number,
  send: (event: SequencedEvent) => void,
): Promise<() => void> {
  let lastSent = afterSeq;
  const deliver = (event: SequencedEvent) => {
    if (event.seq <= lastSent) return;
    lastSent = event.seq;
    send(event);
  };
  let held: SequencedEvent[] | undefined = [];
  const unsubscribe = hub.subscribe(streamId, (event) => {
    if (held) held.push(event);
    else deliver(event);
  });
  let history: SequencedEvent[];
  try {
    history = await hub.history(streamId, afterSeq);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  for (const event of history) deliver(event);
  for (const event of held.sort((a, b) => a.seq - b.seq)) deliver(event);
  held = undefined;
  return unsubscribe;
}
