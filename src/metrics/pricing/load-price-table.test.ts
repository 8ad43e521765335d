import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGapwiseError } from '../../errors/index.js';
import { loadPriceTable } from './load-price-table.js';
import { computeModelCost } from './model-cost.js';
import { DEFAULT_PRICES } from './price-table.js';

describe('loadPriceTable', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapwise-prices-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the built-in table when GAPWISE_PRICES_FILE is unset', () => {
    expect(loadPriceTable({ env: {} })).toEqual(DEFAULT_PRICES);
  });

  it('merges a JSON file named by GAPWISE_PRICES_FILE field by field and adds new models', () => {
    const file = join(dir, 'prices.json');
    writeFileSync(
      file,
      JSON.stringify({
        'gpt-4o': { input: 2 },
        'Llama3.1:8b': { provider: 'openai', input: 0.05, output: 0.1 },
      }),
    );
    const table = loadPriceTable({ env: { GAPWISE_PRICES_FILE: file } });
    expect(table['gpt-4o']).toEqual({ ...DEFAULT_PRICES['gpt-4o'], input: 2 });
    expect(table['llama3.1:8b']).toEqual({ provider: 'openai', input: 0.05, output: 0.1 });
    expect(DEFAULT_PRICES['gpt-4o']?.input).toBe(2.5); // the defaults are not mutated
    const local = computeModelCost({
      provider: 'ollama',
      model: 'ollama:llama3.1:8b',
      usage: { inputTokens: 1e6, outputTokens: 1e6 },
      prices: table,
    });
    expect(local).toMatchObject({ status: 'priced', priceId: 'llama3.1:8b' });
    expect(local.usd).toBeCloseTo(0.15, 12);
  });

  it('rejects a new model without the fields a price needs, naming the model', () => {
    const file = join(dir, 'prices.json');
    writeFileSync(file, JSON.stringify({ 'my-model': { input: 1 } }));
    expect(() => loadPriceTable({ env: { GAPWISE_PRICES_FILE: file } })).toThrow(/my-model/);
  });

  it('rejects negative prices, unreadable files and invalid JSON with INVALID_CONFIG', () => {
    const negative = join(dir, 'negative.json');
    writeFileSync(negative, JSON.stringify({ 'gpt-4o': { output: -1 } }));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    for (const file of [negative, broken, join(dir, 'missing.json')]) {
      try {
        loadPriceTable({ env: { GAPWISE_PRICES_FILE: file } });
        expect.unreachable('loadPriceTable should have thrown');
      } catch (error) {
        expect(isGapwiseError(error, 'INVALID_CONFIG')).toBe(true);
        expect((error as Error).message).toContain('GAPWISE_PRICES_FILE');
      }
    }
  });
});
