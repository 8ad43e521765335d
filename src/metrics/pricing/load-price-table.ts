import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GapwiseError } from '../../errors/index.js';
import { DEFAULT_PRICES, ModelPriceSchema, type PriceTable } from './price-table.js';

const OverridesSchema = z.record(z.string().min(1), ModelPriceSchema.partial());

/** Price overrides: model id → the fields to change (a new model needs provider, input and output). */
export type PriceOverrides = z.input<typeof OverridesSchema>;

/** Options of loadPriceTable. */
export interface LoadPriceTableOptions {
  /** Overrides as an object, a JSON string, or a path to a JSON file. Default: env.GAPWISE_PRICES. */
  overrides?: PriceOverrides | string | undefined;
  env?: NodeJS.ProcessEnv;
  readFile?: (path: string) => string;
}

/**
 * The built-in price table with overrides merged in (per field, so `{ "gpt-4o": { "input": 2 } }`
 * changes one price). GAPWISE_PRICES may hold JSON (`{"my-model":{...}}`) or a path to a JSON file.
 * @throws GapwiseError INVALID_CONFIG when the overrides are unreadable or a price is invalid.
 * @example loadPriceTable({ overrides: { 'llama3.1:8b': { provider: 'openai', input: 0, output: 0 } } })
 */
export function loadPriceTable({
  env = process.env,
  overrides = env.GAPWISE_PRICES,
  readFile = (path) => readFileSync(path, 'utf8'),
}: LoadPriceTableOptions = {}): PriceTable {
  if (overrides === undefined || overrides === '') return { ...DEFAULT_PRICES };
  const raw = typeof overrides === 'string' ? parseOverrides(overrides, readFile) : overrides;
  const parsed = OverridesSchema.safeParse(raw);
  if (!parsed.success)
    throw invalid(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const table: PriceTable = { ...DEFAULT_PRICES };
  const problems: string[] = [];
  for (const [model, fields] of Object.entries(parsed.data)) {
    const id = model.toLowerCase();
    const merged = ModelPriceSchema.safeParse({ ...table[id], ...fields });
    if (merged.success) table[id] = merged.data;
    else
      problems.push(
        ...merged.error.issues.map((issue) => `${model}.${issue.path.join('.')}: ${issue.message}`),
      );
  }
  if (problems.length > 0) throw invalid(problems);
  return table;
}

function parseOverrides(text: string, readFile: (path: string) => string): unknown {
  const trimmed = text.trim();
  let source = trimmed;
  if (!trimmed.startsWith('{')) {
    try {
      source = readFile(trimmed);
    } catch (cause) {
      throw new GapwiseError('INVALID_CONFIG', {
        message: `GAPWISE_PRICES: cannot read the price file "${trimmed}". Give a JSON object or a readable file path.`,
        cause,
      });
    }
  }
  try {
    return JSON.parse(source);
  } catch (cause) {
    throw new GapwiseError('INVALID_CONFIG', { message: 'GAPWISE_PRICES: not valid JSON.', cause });
  }
}

function invalid(problems: string[]): GapwiseError {
  return new GapwiseError('INVALID_CONFIG', {
    message: `GAPWISE_PRICES: invalid prices — ${problems.join('; ')}. Prices are USD per 1M tokens.`,
    details: { variables: ['GAPWISE_PRICES'] },
  });
}
