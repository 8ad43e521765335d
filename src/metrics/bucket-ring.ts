import { TimeBucket } from './time-bucket.js';

/** A fixed ring of time slots: writing to a slot whose time has passed clears it, so old data drops out. */
export class BucketRing {
  private readonly slots: TimeBucket[];

  constructor(
    /** Length of one slot in ms. */
    readonly slotMs: number,
    /** Number of slots. */
    readonly size: number,
  ) {
    this.slots = Array.from({ length: size }, () => new TimeBucket());
  }

  /** The longest window this ring can answer exactly (one slot is the current, partial one). */
  get spanMs(): number {
    return this.slotMs * (this.size - 1);
  }

  /** The slot for time `now`, cleared first if it still holds an older slot's data. */
  current(now: number): TimeBucket {
    const index = Math.floor(now / this.slotMs);
    const slot = this.slots[index % this.size]!;
    // A clock that steps back leaves index below slot.index: keep writing there rather than wipe newer data.
    if (slot.index < index) slot.reset(index);
    return slot;
  }

  /** The slots overlapping [now − windowMs, now], rounded out to whole slots; stale slots are skipped. */
  window(now: number, windowMs: number): { slots: TimeBucket[]; fromMs: number } {
    const last = Math.floor(now / this.slotMs);
    const first = Math.max(Math.floor((now - windowMs) / this.slotMs), last - this.size + 1);
    const slots: TimeBucket[] = [];
    for (const slot of this.slots) if (slot.index >= first && slot.index <= last) slots.push(slot);
    return { slots, fromMs: first * this.slotMs };
  }

  /** Every slot, for memory accounting. */
  all(): readonly TimeBucket[] {
    return this.slots;
  }
}
