import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { AdmissionGate } from './admission-gate.js';

const busyCode = (error: unknown) => (isGapwiseError(error) ? error.code : String(error));

describe('AdmissionGate', () => {
  it('lets the limit run, queues the next in arrival order and turns away the rest at once', async () => {
    const gate = new AdmissionGate({ maxInFlight: 2, maxQueued: 2, maxWaitMs: 60_000 });
    const first = await gate.enter();
    const second = await gate.enter();
    const admitted: string[] = [];
    const admittedAs = (name: string) => (release: () => void) => {
      admitted.push(name);
      return release;
    };
    const third = gate.enter().then(admittedAs('third'));
    const fourth = gate.enter().then(admittedAs('fourth'));
    const fifth = await gate.enter().catch(busyCode);
    expect(fifth).toBe('SERVER_BUSY');
    expect(gate.load).toEqual({ inFlight: 2, queued: 2 });

    first();
    first(); // a second release of the same slot changes nothing
    const releaseThird = await third;
    expect(admitted).toEqual(['third']);
    expect(gate.load).toEqual({ inFlight: 2, queued: 1 });
    second();
    const releaseFourth = await fourth;
    expect(admitted).toEqual(['third', 'fourth']);
    releaseThird();
    releaseFourth();
    expect(gate.load).toEqual({ inFlight: 0, queued: 0 });
  });

  it('turns a request away with Retry-After when its wait runs out, and forgets it', async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueued: 5, maxWaitMs: 20 });
    const held = await gate.enter();
    const error = await gate.enter().catch((caught: unknown) => caught);
    expect(busyCode(error)).toBe('SERVER_BUSY');
    expect(isGapwiseError(error) && error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(gate.load).toEqual({ inFlight: 1, queued: 0 });
    held();
    const next = await gate.enter();
    expect(gate.load.inFlight).toBe(1);
    next();
  });

  it('with no queue, turns away everything beyond the limit', async () => {
    const gate = new AdmissionGate({ maxInFlight: 1, maxQueued: 0, maxWaitMs: 1000 });
    const held = await gate.enter();
    expect(await gate.enter().catch(busyCode)).toBe('SERVER_BUSY');
    held();
  });
});
