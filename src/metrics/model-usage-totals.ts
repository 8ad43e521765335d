import type { ModelCost } from './pricing/model-cost.js';

/** Token and cost totals of one provider + model, in one time bucket or merged over a window. */
export class ModelUsageTotals {
  calls = 0;
  /** Every input token, cached ones included (normalised across providers). */
  promptTokens = 0;
  uncachedTokens = 0;
  cacheReadTokens = 0;
  cacheWriteTokens = 0;
  outputTokens = 0;
  /** Calls whose provider reported cached tokens (0 included), and their prompt tokens: the cached-share base. */
  cacheReportedCalls = 0;
  cacheReportedPromptTokens = 0;
  /** USD of priced calls plus explicit-cache storage. */
  costUsd = 0;
  pricedCalls = 0;
  unpricedCalls = 0;

  constructor(
    readonly provider: string,
    readonly model: string,
  ) {}

  /** Adds one call. */
  add(cost: ModelCost): void {
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
    }
    if (cost.status === 'priced') {
      this.pricedCalls++;
      this.costUsd += cost.usd;
    } else {
      this.unpricedCalls++;
    }
  }

  /** Adds another bucket's totals. */
  merge(other: ModelUsageTotals): void {
    this.calls += other.calls;
    this.promptTokens += other.promptTokens;
    this.uncachedTokens += other.uncachedTokens;
    this.cacheReadTokens += other.cacheReadTokens;
    this.cacheWriteTokens += other.cacheWriteTokens;
    this.outputTokens += other.outputTokens;
    this.cacheReportedCalls += other.cacheReportedCalls;
    this.cacheReportedPromptTokens += other.cacheReportedPromptTokens;
    this.costUsd += other.costUsd;
    this.pricedCalls += other.pricedCalls;
    this.unpricedCalls += other.unpricedCalls;
  }
}
