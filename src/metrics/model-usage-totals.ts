import type { ModelCost } from './pricing/model-cost.js';

/** Token and cost totals of one step + provider + model, in one time slot or merged over a window. */
export class ModelUsageTotals {
  /** Calls that reached the provider (response-cache hits are counted apart). */
  calls = 0;
  /** Calls answered from our response cache (no provider call, no tokens). */
  responseCacheHits = 0;
  /** Every input token, cached ones included (normalised across providers). */
  promptTokens = 0;
  uncachedTokens = 0;
  cacheReadTokens = 0;
  cacheWriteTokens = 0;
  outputTokens = 0;
  /** Calls whose provider reported cached tokens (0 included), and their prompt tokens: the cached-share base. */
  cacheReportedCalls = 0;
  cacheReportedPromptTokens = 0;
  cacheReportedReadTokens = 0;
  /** USD of the priced calls. */
  costUsd = 0;
  /** USD the prompt cache saved on priced calls (may be negative: Anthropic cache writes cost extra). */
  savedUsd = 0;
  pricedCalls = 0;
  unpricedCalls = 0;

  constructor(
    readonly step: string,
    readonly provider: string,
    readonly model: string,
  ) {}

  /** Adds one call; a response-cache hit adds only to responseCacheHits (its tokens were not spent). */
  add(cost: ModelCost, responseCacheHit: boolean): void {
    if (responseCacheHit) {
      this.responseCacheHits++;
      return;
    }
    const usage = cost.usage;
    this.calls++;
    this.promptTokens += usage.promptTokens;
    this.uncachedTokens += usage.uncachedTokens;
    this.cacheReadTokens += usage.cacheReadTokens;
    this.cacheWriteTokens += usage.cacheWriteTokens;
    this.outputTokens += usage.outputTokens;
    if (usage.cacheReported) {
      this.cacheReportedCalls++;
      this.cacheReportedPromptTokens += usage.promptTokens;
      this.cacheReportedReadTokens += usage.cacheReadTokens;
    }
    if (cost.status === 'priced') {
      this.pricedCalls++;
      this.costUsd += cost.usd;
      this.savedUsd += cost.savedUsd;
    } else {
      this.unpricedCalls++;
    }
  }

  /** Adds another slot's totals. */
  merge(other: ModelUsageTotals): void {
    this.calls += other.calls;
    this.responseCacheHits += other.responseCacheHits;
    this.promptTokens += other.promptTokens;
    this.uncachedTokens += other.uncachedTokens;
    this.cacheReadTokens += other.cacheReadTokens;
    this.cacheWriteTokens += other.cacheWriteTokens;
    this.outputTokens += other.outputTokens;
    this.cacheReportedCalls += other.cacheReportedCalls;
    this.cacheReportedPromptTokens += other.cacheReportedPromptTokens;
    this.cacheReportedReadTokens += other.cacheReportedReadTokens;
    this.costUsd += other.costUsd;
    this.savedUsd += other.savedUsd;
    this.pricedCalls += other.pricedCalls;
    this.unpricedCalls += other.unpricedCalls;
  }

  /** Σ cached ÷ Σ input over the calls whose provider reported cached tokens; null when none did. */
  get cachedShare(): number | null {
    return this.cacheReportedPromptTokens > 0
      ? this.cacheReportedReadTokens / this.cacheReportedPromptTokens
      : null;
  }
}
