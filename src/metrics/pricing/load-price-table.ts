import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { GapwiseError } from '../../errors/index.js';
import { DEFAULT_PRICES, ModelPriceSchema, type PriceTable } from './price-table.js';

/** The environment variable naming a JSON file of price overrides. */
export const PRICES_FILE_VARIABLE = 'GAPWISE_PRICES_FILE';

const OverridesSchema = z.record(z.string().min(1), ModelPriceSchema.partial());

/** Price overrides: model id → the fields to change (a new model needs provider, input and output). */
export type PriceOverrides = z.input<typeof OverridesSchema>;

/** Options of loadPriceTable. */
export interface LoadPriceTableOptions {
  /** Overrides given directly; wins over the file. */
  overrides?: PriceOverrides | undefined;
  /** Path of a JSON file of overrides. Default: env.GAPWISE_PRICES_FILE. */
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  readFile?: (path: string) => string;
}

/**
 * The built-in price table with overrides merged in per field, so `{ "gpt-4o": { "input": 2 } }`
 * changes one price and `{ "llama3.1:8b": { "provider": "openai", "input": 0, "output": 0 } }` adds a model.
 * Prices are USD per 1M tokens.
 * @throws GapwiseError INVALID_CONFIG when the file is unreadable, not JSON, or a price is invalid.
 * @example loadPriceTable({ env: { GAPWISE_PRICES_FILE: '/etc/gapwise/prices.json' } })
 */
export function loadPriceTable({
  env = process.env,
  file = env[PRICES_FILE_VARIABLE],
  overrides,
  readFile = (path) => readFileSync(path, 'utf8'),
}: LoadPriceTableOptions = {}): PriceTable {
  const raw = overrides ?? (file ? readOverridesFile(file, readFile) : undefined);
  if (raw === undefined) return { ...DEFAULT_PRICES };
  const parsed = OverridesSchema.safeParse(raw);
  if (!parsed.success)
    throw invalid(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const table: PriceTable = { ...DEFAULT_PRICES };
  const problems: string[] = [];
  for (const [model, fields] of Object.entries(parsed.data)) {
    const id = model.trim().toLowerCase();
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

function readOverridesFile(path: string, readFile: (path: string) => string): unknown {
  let text: string;
  try {
    text = readFile(path);
  } catch (cause) {
    throw new GapwiseError('INVALID_CONFIG', {
      message: `${PRICES_FILE_VARIABLE}: cannot read the price file "${path}". Give the path of a readable JSON file.`,
      cause,
      details: { variables: [PRICES_FILE_VARIABLE] },
    });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new GapwiseError('INVALID_CONFIG', {
      message: `${PRICES_FILE_VARIABLE}: "${path}" is not valid JSON.`,
      cause,
      details: { variables: [PRICES_FILE_VARIABLE] },
    });
  }
}

function invalid(problems: string[]): GapwiseError {
  return new GapwiseError('INVALID_CONFIG', {
    message: `${PRICES_FILE_VARIABLE}: invalid prices — ${problems.join('; ')}. Prices are USD per 1M tokens.`,
    details: { variables: [PRICES_FILE_VARIABLE] },
  });
}
