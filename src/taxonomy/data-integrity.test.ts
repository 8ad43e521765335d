import { describe, expect, it } from 'vitest';
import { NON_SKILL_PHRASES, SKILL_ROWS } from './data/index.js';
import { getSkillTaxonomy, SKILL_CATEGORIES } from './index.js';
import { SKILL_FAMILIES } from './skill-families.js';
import { parseAliasMarker } from './skill-row.js';
import { buildSkillTaxonomy } from './skill-taxonomy.js';

const taxonomy = getSkillTaxonomy();

describe('shipped taxonomy data', () => {
  it('has at least 800 canonical skills', () => {
    expect(taxonomy.size).toBeGreaterThanOrEqual(800);
    expect(taxonomy.all()).toHaveLength(taxonomy.size);
  });

  it('has no data problems: no alias naming two skills, every related name a skill', () => {
    expect(buildSkillTaxonomy(SKILL_ROWS, NON_SKILL_PHRASES, SKILL_FAMILIES).problems).toEqual([]);
  });

  it('has unique canonical names', () => {
    const names = SKILL_ROWS.map(([name]) => name.toLowerCase());
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('resolves every canonical name and alias back to its own skill', () => {
    const wrong: string[] = [];
    for (const [name, , aliases = []] of SKILL_ROWS) {
      for (const raw of [name, ...aliases]) {
        const { form } = parseAliasMarker(raw);
        const resolved = taxonomy.get(form)?.name;
        if (resolved !== name) wrong.push(`${form} → ${resolved} (expected ${name})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps related links symmetric and resolvable', () => {
    for (const skill of taxonomy.all()) {
      for (const other of skill.related) {
        const neighbour = taxonomy.get(other);
        expect(neighbour?.name).toBe(other);
        expect(neighbour?.related).toContain(skill.name);
      }
    }
  });

  it('covers the categories jobs ask for', () => {
    const used = new Set(taxonomy.all().map((skill) => skill.category));
    for (const category of SKILL_CATEGORIES.filter((name) => name !== 'other'))
      expect(used).toContain(category);
  });

  it('covers the main job families', () => {
    for (const name of [
      'Python',
      'Kubernetes',
      'Tableau',
      'PyTorch',
      'Figma',
      'Product Management',
      'Search Engine Optimization',
      'B2B Sales',
      'Financial Modelling',
      'Accounts Payable',
      'Recruiting',
      'Supply Chain Management',
      'Leadership',
      'Stakeholder Management',
      'Problem Solving',
      'AWS Certified Solutions Architect',
      'CPA',
      'Spanish',
    ]) {
      expect(taxonomy.get(name)?.name).toBe(name);
    }
  });

  it('keeps every alias within the six tokens the scanner reads', () => {
    const long = SKILL_ROWS.flatMap(([, , aliases = []]) => aliases).filter(
      (alias) => alias.split(/[\s/-]+/).length > 6,
    );
    expect(long).toEqual([]);
  });
});
