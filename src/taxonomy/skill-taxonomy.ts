import { type AmbiguousCandidate, areSiblings, hasLocalEvidence, isFollowedByYear } from './ambiguity.js';
import type { Skill, SkillMention, SkillScan, SkillTaxonomy } from './skill.js';
import { type AmbiguityLevel, parseAliasMarker, type SkillRow } from './skill-row.js';
import { keyOf, squash, type Token, tokenize } from './tokenize.js';

/** What a lookup key resolves to: a skill (with how much evidence it needs) or a blocker phrase. */
interface AliasEntry {
  /** Index into the skill list; `-1` for a blocker phrase that matches nothing. */
  skillIndex: number;
  level: AmbiguityLevel;
  exactForms: readonly string[];
}

/** The taxonomy built from data, plus what was wrong with the data (duplicates, dangling links). */
export interface BuiltSkillTaxonomy {
  taxonomy: SkillTaxonomy;
  /** Human-readable data problems; the data-integrity test requires none. */
  problems: string[];
}

/** Categories whose mentions may serve as a sibling that confirms an ambiguous neighbour. */
const NON_TECH_SIBLINGS = new Set(['spoken-language', 'soft-skill']);

/** Builds the lookup key of an alias as written in data: the same tokens as text, breaks read as spaces. */
function aliasTokens(form: string): Token[] {
  return tokenize(form).map((token, index) =>
    index > 0 && token.join === null ? { ...token, join: ' ' } : token,
  );
}

/** A lookup key with what the scanner needs to know about it: its first token and its length in tokens. */
interface KeyShape {
  key: string;
  first: string;
  length: number;
}

function shapeOf(tokens: readonly Token[]): KeyShape {
  return { key: keyOf(tokens, 0, tokens.length - 1)!, first: tokens[0]!.norm, length: tokens.length };
}

/** Soft variants of a key: `node.js` → `node js`, squashed `nodejs`, and a plural for long plain words. */
function softVariants({ key, first, length }: KeyShape, pluralOk: boolean): KeyShape[] {
  const variants: KeyShape[] = [];
  if (/[^\s]\.[^\s]/.test(key)) {
    const spaced = key.replace(/(?<=\S)\.(?=\S)/g, ' ');
    variants.push({ key: spaced, first: spaced.split(' ', 1)[0]!, length });
  }
  const squashed = squash(key);
  if (squashed !== key && squashed.length >= 4) variants.push({ key: squashed, first: squashed, length: 1 });
  if (pluralOk && /[a-z]{4,}$/.test(key) && !/(?:s|x|y|sh|ch)$/.test(key)) {
    variants.push({ key: `${key}s`, first: length === 1 ? `${key}s` : first, length });
  }
  return variants;
}

const NO_PLURAL = new Set(['language', 'spoken-language', 'certification', 'soft-skill']);

/**
 * Builds a taxonomy from compact rows and blocker phrases (phrases that contain a skill's alias but
 * are not the skill, such as `C-level`). Exported for the data-integrity test and for small test data.
 */
export function buildSkillTaxonomy(
  rows: readonly SkillRow[],
  blockers: readonly string[] = [],
  families: Readonly<Record<string, readonly string[]>> = {},
): BuiltSkillTaxonomy {
  const problems: string[] = [];
  const skills: Skill[] = [];
  const entries = new Map<string, AliasEntry>();
  const longestFrom = new Map<string, number>();
  const soft: Array<[KeyShape, AliasEntry]> = [];
  const addKey = ({ key, first, length }: KeyShape, entry: AliasEntry): void => {
    entries.set(key, entry);
    if ((longestFrom.get(first) ?? 0) < length) longestFrom.set(first, length);
  };

  rows.forEach(([name, category, rawAliases = [], _related], skillIndex) => {
    const forms = new Map<
      string,
      { shape: KeyShape; level: AmbiguityLevel; exactForms: string[]; plural: boolean }
    >();
    const aliases: string[] = [];
    for (const raw of [name, ...rawAliases]) {
      const { form, level } = parseAliasMarker(raw);
      if (raw !== name && form !== name && !aliases.includes(form)) aliases.push(form);
      const tokens = aliasTokens(form);
      if (tokens.length === 0) {
        problems.push(`"${name}": alias "${raw}" has no word in it`);
        continue;
      }
      const shape = shapeOf(tokens);
      const known = forms.get(shape.key) ?? { shape, level: 0, exactForms: [], plural: false };
      // Only common nouns written in lower case take a plural (`microservice`s); names do not (`Canva` ≠ `canvas`).
      if (/(?:^|[\s/-])[a-z]{4,}$/.test(form)) known.plural = true;
      if (level > known.level) known.level = level;
      if (level > 0) known.exactForms.push(form);
      forms.set(shape.key, known);
    }
    for (const [key, { shape, level, exactForms, plural }] of forms) {
      const entry: AliasEntry = { skillIndex, level, exactForms };
      const taken = entries.get(key);
      if (taken !== undefined) {
        problems.push(`alias key "${key}" of "${name}" already names "${rows[taken.skillIndex]?.[0]}"`);
        continue;
      }
      addKey(shape, entry);
      for (const variant of softVariants(shape, plural && level === 0 && !NO_PLURAL.has(category)))
        soft.push([variant, entry]);
    }
    skills.push({ name, aliases, category, related: [] });
  });

  for (const phrase of blockers) {
    const tokens = aliasTokens(phrase);
    if (tokens.length === 0) continue;
    const shape = shapeOf(tokens);
    const taken = entries.get(shape.key);
    if (taken === undefined) addKey(shape, { skillIndex: -1, level: 0, exactForms: [] });
    else if (taken.skillIndex >= 0) problems.push(`blocker "${phrase}" is also an alias`);
  }
  for (const [variant, entry] of soft) {
    if (!entries.has(variant.key)) addKey(variant, entry);
  }

  // Related links, made symmetric; every name must resolve.
  const relatedSets = skills.map(() => new Set<number>());
  rows.forEach(([name, , , related = []], skillIndex) => {
    for (const other of related) {
      const target = entries.get(aliasKeyOf(other));
      if (target === undefined || target.skillIndex < 0) {
        problems.push(`"${name}": related "${other}" is not a skill`);
        continue;
      }
      if (target.skillIndex === skillIndex) continue;
      relatedSets[skillIndex]!.add(target.skillIndex);
      relatedSets[target.skillIndex]!.add(skillIndex);
    }
  });
  skills.forEach((skill, index) => {
    skill.related = [...relatedSets[index]!].map((other) => skills[other]!.name);
    Object.freeze(skill.aliases);
    Object.freeze(skill.related);
    Object.freeze(skill);
  });

  const members = new Map<string, readonly string[]>();
  for (const [umbrella, names] of Object.entries(families)) {
    const known = skills.some((skill) => skill.name === umbrella);
    if (!known) problems.push(`family "${umbrella}" is not a skill`);
    for (const name of names) {
      if (!skills.some((skill) => skill.name === name))
        problems.push(`family "${umbrella}": member "${name}" is not a skill`);
    }
    if (known)
      members.set(
        umbrella,
        names.filter((name) => skills.some((skill) => skill.name === name)),
      );
  }
  return { taxonomy: new CuratedSkillTaxonomy(skills, entries, longestFrom, members), problems };
}

function aliasKeyOf(form: string): string {
  const tokens = aliasTokens(form);
  return tokens.length === 0 ? '' : keyOf(tokens, 0, tokens.length - 1)!;
}

interface Candidate extends AmbiguousCandidate {
  skillIndex: number;
  accepted: boolean;
}

/** The taxonomy over an alias map: n-gram lookups over one tokenisation, longest first. */
class CuratedSkillTaxonomy implements SkillTaxonomy {
  readonly size: number;
  private readonly byName = new Map<string, Skill>();
  private readonly squashedKeys = new Map<string, number>();
  constructor(
    private readonly skills: readonly Skill[],
    private readonly entries: ReadonlyMap<string, AliasEntry>,
    /** Longest alias (in tokens) that starts with a given token: skips hopeless n-grams fast. */
    private readonly longestFrom: ReadonlyMap<string, number>,
    /** Umbrella skill → the specific skills that count as evidence of it. */
    private readonly families: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.size = skills.length;
    for (const skill of skills) this.byName.set(skill.name, skill);
    const ambiguousSquash = new Set<string>();
    for (const [key, entry] of entries) {
      if (entry.skillIndex < 0) continue;
      const squashed = squash(key);
      const seen = this.squashedKeys.get(squashed);
      if (seen !== undefined && seen !== entry.skillIndex) ambiguousSquash.add(squashed);
      else this.squashedKeys.set(squashed, entry.skillIndex);
    }
    for (const key of ambiguousSquash) this.squashedKeys.delete(key);
  }

  get(nameOrAlias: string): Skill | undefined {
    const exact = this.byName.get(nameOrAlias);
    if (exact) return exact;
    const tokens = aliasTokens(nameOrAlias);
    if (tokens.length === 0) return undefined;
    const key = keyOf(tokens, 0, tokens.length - 1)!;
    const entry = this.entries.get(key);
    if (entry !== undefined && entry.skillIndex >= 0) return this.skills[entry.skillIndex];
    const index = this.squashedKeys.get(squash(key));
    return index === undefined ? undefined : this.skills[index];
  }

  members(name: string): Skill[] {
    const skill = this.get(name);
    if (!skill) return [];
    return (this.families.get(skill.name) ?? []).map((member) => this.byName.get(member)!);
  }

  related(name: string): Skill[] {
    const skill = this.get(name);
    if (!skill) return [];
    return skill.related.map((other) => this.byName.get(other)!);
  }

  all(): readonly Skill[] {
    return this.skills;
  }

  findMentions(text: string): SkillMention[] {
    return this.scan(text).mentions;
  }

  scan(text: string): SkillScan {
    const tokens = tokenize(text);
    const blocked: { fromToken: number; toToken: number }[] = [];
    const candidates = this.candidates(tokens, blocked);
    this.resolveAmbiguity(text, tokens, candidates);
    const mentions: SkillMention[] = [];
    for (const candidate of candidates) {
      if (!candidate.accepted) continue;
      const start = tokens[candidate.fromToken]!.start;
      const end = tokens[candidate.toToken]!.end;
      mentions.push({
        skill: this.skills[candidate.skillIndex]!,
        start,
        end,
        surface: text.slice(start, end),
      });
    }
    const nonSkill = blocked.map(({ fromToken, toToken }) => ({
      start: tokens[fromToken]!.start,
      end: tokens[toToken]!.end,
    }));
    return { mentions, nonSkill };
  }

  /** Greedy left-to-right scan; at each token the longest alias wins. */
  private candidates(
    tokens: readonly Token[],
    blocked: { fromToken: number; toToken: number }[] = [],
  ): Candidate[] {
    const found: Candidate[] = [];
    const keys: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      let tightRun = 1;
      while (
        i + tightRun < tokens.length &&
        (tokens[i + tightRun]!.join === '.' || tokens[i + tightRun]!.join === '&')
      ) {
        tightRun++;
      }
      const longest = this.longestFrom.get(tokens[i]!.norm);
      if (longest === undefined && tightRun === 1) {
        i++;
        continue;
      }
      // Keys of the n-grams starting here, built once, shortest first; a break ends them.
      const maxLength = Math.min(Math.max(longest ?? 0, tightRun), tokens.length - i);
      keys.length = 0;
      let key = tokens[i]!.norm;
      keys.push(key);
      for (let k = i + 1; k < i + maxLength; k++) {
        const token = tokens[k]!;
        if (token.join === null) break;
        key += token.join + token.norm;
        keys.push(key);
      }
      let matched = 0;
      for (let length = keys.length; length >= 1; length--) {
        const candidateKey = keys[length - 1]!;
        let entry = this.entries.get(candidateKey);
        if (entry === undefined && length <= tightRun && length > 1) {
          const index = this.squashedKeys.get(squash(candidateKey));
          if (index !== undefined) entry = { skillIndex: index, level: 0, exactForms: [] };
        }
        if (entry === undefined) continue;
        if (entry.skillIndex >= 0) {
          found.push({
            skillIndex: entry.skillIndex,
            level: entry.level,
            exactForms: entry.exactForms,
            fromToken: i,
            toToken: i + length - 1,
            accepted: entry.level === 0,
          });
        } else {
          blocked.push({ fromToken: i, toToken: i + length - 1 });
        }
        matched = length;
        break;
      }
      i += matched > 0 ? matched : 1;
    }
    return found;
  }

  /** Accepts ambiguous candidates that have evidence (rules in `ambiguity.ts`); siblings may chain. */
  private resolveAmbiguity(text: string, tokens: readonly Token[], candidates: Candidate[]): void {
    const pending: number[] = [];
    candidates.forEach((candidate, index) => {
      if (candidate.accepted) return;
      if (isFollowedByYear(tokens, candidate)) return;
      if (hasLocalEvidence(text, tokens, candidate)) candidate.accepted = true;
      else pending.push(index);
    });
    let changed = pending.length > 0;
    while (changed) {
      changed = false;
      for (let p = 0; p < pending.length; p++) {
        const index = pending[p]!;
        const candidate = candidates[index]!;
        if (candidate.accepted || isFollowedByYear(tokens, candidate)) continue;
        const left = candidates[index - 1];
        const right = candidates[index + 1];
        const bySibling =
          (left !== undefined &&
            this.canConfirm(left) &&
            areSiblings(text, tokens, { leftEnd: left.toToken, rightStart: candidate.fromToken })) ||
          (right !== undefined &&
            this.canConfirm(right) &&
            areSiblings(text, tokens, { leftEnd: candidate.toToken, rightStart: right.fromToken }));
        const sandwiched =
          left !== undefined &&
          right !== undefined &&
          this.canConfirm(left) &&
          this.canConfirm(right) &&
          left.toToken === candidate.fromToken - 1 &&
          right.fromToken === candidate.toToken + 1 &&
          areSiblings(text, tokens, {
            leftEnd: left.toToken,
            rightStart: candidate.fromToken,
            spaceIsEnough: true,
          }) &&
          areSiblings(text, tokens, {
            leftEnd: candidate.toToken,
            rightStart: right.fromToken,
            spaceIsEnough: true,
          });
        if (bySibling || sandwiched) {
          candidate.accepted = true;
          changed = true;
        }
      }
    }
  }

  private canConfirm(candidate: Candidate): boolean {
    return candidate.accepted && !NON_TECH_SIBLINGS.has(this.skills[candidate.skillIndex]!.category);
  }
}
