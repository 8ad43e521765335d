import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMetricsCollector } from './in-memory-metrics-collector.js';

const docsPath = (file: string) => fileURLToPath(new URL(`../../docs/${file}`, import.meta.url));

/** Every gapwise_* metric family the registry declares. */
async function exposedFamilies(): Promise<Set<string>> {
  const text = await createMetricsCollector().prometheusRegistry().metrics();
  return new Set([...text.matchAll(/^# TYPE (gapwise_\w+) /gm)].map((match) => match[1]!));
}

/** gapwise_* names used in a text, with histogram suffixes stripped to the family name. */
function referencedFamilies(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/gapwise_[a-z_]+/g)].map((match) => match[0].replace(/_(bucket|count|sum)$/, '')),
  );
}

describe('metric documentation', () => {
  it('docs/metrics.md documents every exposed metric', async () => {
    const documented = referencedFamilies(readFileSync(docsPath('metrics.md'), 'utf8'));
    for (const family of await exposedFamilies()) expect(documented, family).toContain(family);
  });

  it('the Grafana dashboard only queries metrics that exist', async () => {
    const dashboard = readFileSync(docsPath('grafana-dashboard.json'), 'utf8');
    const parsed = JSON.parse(dashboard) as { panels: unknown[] };
    expect(parsed.panels.length).toBeGreaterThan(10);
    const exposed = await exposedFamilies();
    for (const family of referencedFamilies(dashboard)) expect(exposed, family).toContain(family);
  });
});
