import { createHash } from 'node:crypto';

/** How a provider caches prompt prefixes: the minimum cached length and the step above it. */
export interface PromptCachePolicy {
  /** Shortest prefix (tokens) a provider caches; OpenAI: 1024. */
  minTokens: number;
  /** Cached lengths grow in steps of this many tokens; OpenAI: 128. */
  blockTokens: number;
}

/** OpenAI's published policy, the default of the fake server. */
export const OPENAI_CACHE_POLICY: PromptCachePolicy = { minTokens: 1024, blockTokens: 128 };

/** Approximate tokeniser: one token per 4 characters, the rule of thumb providers publish. */
export function approximateTokenCount(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Counts cached prompt tokens the way providers do: the longest previously seen prefix,
 * rounded down to the provider's block size, and only above its minimum.
 */
export class PromptCacheAccounting {
  readonly #seen = new Set<string>();
  readonly #policy: PromptCachePolicy;

  constructor(policy: PromptCachePolicy = OPENAI_CACHE_POLICY) {
    this.#policy = policy;
  }

  /** Records a prompt and returns how many of its tokens a provider would serve from cache. */
  record(prompt: string): { promptTokens: number; cachedTokens: number } {
    const promptTokens = approximateTokenCount(prompt);
    const boundaries: number[] = [];
    for (let tokens = this.#policy.minTokens; tokens <= promptTokens; tokens += this.#policy.blockTokens) {
      boundaries.push(tokens);
    }
    let cachedTokens = 0;
    const hashes = boundaries.map((tokens) =>
      createHash('sha256')
        .update(prompt.slice(0, tokens * 4))
        .digest('hex'),
    );
    hashes.forEach((hash, index) => {
      if (this.#seen.has(hash)) cachedTokens = boundaries[index]!;
    });
    for (const hash of hashes) this.#seen.add(hash);
    return { promptTokens, cachedTokens };
  }

  /** Forgets every prefix (a cold cache). */
  reset(): void {
    this.#seen.clear();
  }
}
