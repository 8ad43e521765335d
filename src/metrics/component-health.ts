import type { ComponentStatus } from './metrics-collector.js';

/** The last known health of one component. */
export interface ComponentHealthEntry {
  name: string;
  status: ComponentStatus;
  /** Detail given with the current status. */
  detail: string | null;
  /** Detail of the last non-ok status (an error message; callers never pass CV text). */
  lastError: string | null;
  lastErrorAt: number | null;
  updatedAt: number;
}

/** Overall status from the components': unhealthy if any is down, degraded if any is degraded. */
export type OverallHealth = 'healthy' | 'degraded' | 'unhealthy';

/** Numeric value of a status for the Prometheus gauge: 2 ok, 1 degraded, 0 down. */
export const STATUS_VALUE: Record<ComponentStatus, number> = { ok: 2, degraded: 1, down: 0 };

/** Health of each named component, bounded to `maxComponents` names (the rest are ignored). */
export class ComponentHealthBoard {
  private readonly entries = new Map<string, ComponentHealthEntry>();

  constructor(private readonly maxComponents = 64) {}

  /** Sets a component's status; returns false when the component was ignored (too many names). */
  set(name: string, status: ComponentStatus, detail: string | undefined, now: number): boolean {
    let entry = this.entries.get(name);
    if (!entry) {
      if (this.entries.size >= this.maxComponents) return false;
      entry = { name, status, detail: null, lastError: null, lastErrorAt: null, updatedAt: now };
      this.entries.set(name, entry);
    }
    entry.status = status;
    entry.detail = detail ?? null;
    entry.updatedAt = now;
    if (status !== 'ok') {
      entry.lastError = detail ?? status;
      entry.lastErrorAt = now;
    }
    return true;
  }

  /** Every component, by name. */
  list(): ComponentHealthEntry[] {
    return [...this.entries.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => ({ ...entry }));
  }

  /** The overall status. */
  overall(): OverallHealth {
    let overall: OverallHealth = 'healthy';
    for (const entry of this.entries.values()) {
      if (entry.status === 'down') return 'unhealthy';
      if (entry.status === 'degraded') overall = 'degraded';
    }
    return overall;
  }

  get size(): number {
    return this.entries.size;
  }
}
