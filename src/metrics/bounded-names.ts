/** The name every value beyond the bound is folded into. */
export const OTHER = 'other';

/**
 * Interns names (operations, error codes, model keys) into small ids, at most `max` distinct ones;
 * later names share the id of `other`. Bounds both our memory and Prometheus label cardinality.
 */
export class BoundedNames {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  constructor(readonly max: number) {}

  /** The id of `name`, or of `other` once the bound is reached. */
  id(name: string): number {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const key = this.names.length < this.max - 1 ? name : OTHER;
    const existing = this.ids.get(key);
    if (existing !== undefined) return existing;
    const id = this.names.length;
    this.names.push(key);
    this.ids.set(key, id);
    return id;
  }

  /** The name of an id. */
  name(id: number): string {
    return this.names[id] ?? OTHER;
  }

  get size(): number {
    return this.names.length;
  }
}
