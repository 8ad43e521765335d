import type { ModelCost } from './pricing/model-cost.js';
import type { ProviderUsage } from './pricing/provider-usage.js';

/** Status of one component the service depends on. */
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

/** One model call to record: who paid for it (session, question, step) and the provider's token counts. */
export interface ModelCallEvent {
  /** Provider id: `google`, `openai`, `anthropic`, or an AI SDK id such as `anthropic.messages`. */
  provider: string;
  model: string;
  usage: ProviderUsage;
  sessionId?: string | undefined;
  questionId?: string | undefined;
  /** Reasoning step, e.g. `evaluate-answer`. */
  step?: string | undefined;
}

/** A quality event from the workflow: an evaluated answer, a finished bullet, or the candidate's decision. */
export type QualityEvent =
  | {
      kind: 'answer';
      /** Answer score 0–10. */
      score: number;
      /** A deep-dive question followed this answer. */
      deepDiveAsked: boolean;
      /** The candidate said they have no such experience; the gap was recorded as a true gap. */
      trueGap: boolean;
    }
  | {
      kind: 'bullet';
      /** Final bullet score 0–10. */
      score: number;
      /** At least one refinement ran. */
      refined: boolean;
      /** The first draft passed review. */
      passedFirstTime: boolean;
    }
  | { kind: 'decision'; decision: 'accept' | 'edit' | 'reject' };

/** A response-cache layer: in-process LRU (L1) or Redis (L2). */
export type CacheLayer = 'l1' | 'l2';

/** A component's last known health. */
export interface ComponentHealth {
  component: string;
  status: HealthStatus;
  /** Message of the last error reported for it, if any (never CV text: callers pass error messages). */
  lastError: string | null;
  /** Epoch ms of that error. */
  lastErrorAt: number | null;
  /** Epoch ms of the last status update. */
  updatedAt: number;
}

/**
 * Something that wants every recorded event as it happens (the Prometheus exporter). Called on the
 * hot path: keep it cheap and never throw.
 */
export interface MetricsListener {
  onOperation?(operation: string, durationMs: number, errorCode: string | undefined): void;
  onModelCall?(event: ModelCallEvent, cost: ModelCost): void;
  onExtraCost?(provider: string, model: string, usd: number): void;
  onQuality?(event: QualityEvent): void;
  onCache?(layer: CacheLayer, hit: boolean): void;
  onError?(code: string): void;
}
