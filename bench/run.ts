/**
 * Runs every `bench/*-bench.ts` module (or those whose name contains one of the arguments), prints
 * a table, writes `bench/results.json` and regenerates `docs/benchmarks.md` (the hand-written
 * method in `bench/benchmarks-method.md`, then every module's figures with ideal and ratio).
 * Exits non-zero only when a benchmark could not run: figures are reported, never asserted.
 *
 * @example
 * npm run bench              # everything
 * npm run bench -- analysis  # only bench/analysis-bench.ts
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './bench-result.js';
import { renderBenchmarksDoc } from './benchmarks-doc.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const docPath = join(benchDir, '..', 'docs', 'benchmarks.md');

interface ModuleOutcome {
  module: string;
  results: BenchResult[];
  error?: string;
  seconds: number;
}

function isBenchModule(value: unknown): value is BenchModule {
  return (
    typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function'
  );
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function printTable(outcomes: readonly ModuleOutcome[]): void {
  const rows = outcomes.flatMap((outcome) =>
    outcome.error
      ? [[outcome.module, 'FAILED', '', '', outcome.error]]
      : outcome.results.map((result) => [
          outcome.module,
          result.name,
          `${formatValue(result.value)} ${result.unit}`,
          result.ideal ? `${(result.value / result.ideal).toFixed(2)}× ideal` : '',
          result.note ?? '',
        ]),
  );
  const header = ['module', 'figure', 'value', 'ratio', 'note'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cellText, column) =>
        column === 2 ? cellText.padStart(widths[column]!) : cellText.padEnd(widths[column]!),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function readEarlierOutcomes(path: string): Promise<ModuleOutcome[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    const modules = (parsed as { modules?: unknown }).modules;
    return Array.isArray(modules) ? (modules as ModuleOutcome[]) : [];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const files = (await readdir(benchDir))
    .filter((file) => file.endsWith('-bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(`No benchmark matches ${filters.join(', ') || 'bench/*-bench.ts'}.`);
    process.exitCode = 1;
    return;
  }
  const outcomes: ModuleOutcome[] = [];
  for (const file of files) {
    const module = file.replace(/-bench\.ts$/, '');
    const started = performance.now();
    console.error(`running ${file}…`);
    try {
      const imported: unknown = await import(pathToFileURL(join(benchDir, file)).href);
      if (!isBenchModule(imported)) throw new Error(`${file} does not export run()`);
      const results = await imported.run();
      outcomes.push({ module, results, seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ module, results: [], error: message, seconds: (performance.now() - started) / 1000 });
    }
  }
  printTable(outcomes);
  const machine = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
  };
  // A filtered run replaces only its own modules' figures, keeping the others from earlier runs.
  const resultsPath = join(benchDir, 'results.json');
  const earlier = await readEarlierOutcomes(resultsPath);
  const ran = new Set(outcomes.map((outcome) => outcome.module));
  const modules = [...earlier.filter((outcome) => !ran.has(outcome.module)), ...outcomes].sort((a, b) =>
    a.module.localeCompare(b.module),
  );
  const generatedAt = new Date().toISOString();
  await writeFile(resultsPath, `${JSON.stringify({ generatedAt, machine, modules }, null, 2)}\n`);
  console.error(`wrote ${join('bench', 'results.json')}`);
  const method = await readFile(join(benchDir, 'benchmarks-method.md'), 'utf8');
  await writeFile(docPath, renderBenchmarksDoc({ method, generatedAt, machine, modules }));
  console.error(`wrote ${join('docs', 'benchmarks.md')}`);
  if (outcomes.some((outcome) => outcome.error)) process.exitCode = 1;
}

await main();
