import type { Evidence, EvidenceStrength } from '../../domain/index.js';
import type { CvIndex, IndexedPassage } from './cv-index.js';
import {
  lowerStrength,
  RELATED_IN_EXPERIENCE_SCORE,
  RELATED_IN_LIST_SCORE,
  STRENGTH_SCORE,
} from './evidence-strength.js';
import { type MentionQualifier, qualifyMention } from './mention-context.js';
import type { MonthRange } from './month-date.js';
import { quoteAround } from './quote.js';
import { yearsCovered } from './skill-years.js';
import { contentWords, findTerm } from './text-match.js';

/** What the CV shows for one term (a skill or phrase) of a requirement. */
export interface TermAssessment {
  /** Canonical name when the taxonomy knows the term, else the term as the job wrote it. */
  term: string;
  /** The taxonomy knows the term. */
  known: boolean;
  /** 0..1: best direct evidence (halved when the CV also says the candidate lacks it), or related evidence. */
  score: number;
  /** Best first: direct evidence, then at most one related-skill evidence, then negations. */
  evidence: Evidence[];
  /** Years the dated work entries that mention the term cover (overlaps merged). */
  years?: number;
  /** The date ranges of those entries, so several terms' years can be merged (seniority). */
  ranges: MonthRange[];
  /**
   * The score from evidence outside dated roles (projects, lists, undated roles). A years
   * shortfall discounts dated evidence only, so adding a short dated role never lowers coverage.
   */
  undatedScore: number;
  /** The CV says the candidate lacks this (or only wants to learn it). */
  negative: boolean;
  /** Only related skills were found, not the term itself. */
  relatedOnly: boolean;
}

/** Extra coverage when direct evidence comes from two or more CV sections (a role and a skills list). */
const CORROBORATION_BONUS = 0.1;
/** Negations count against: direct evidence elsewhere is halved when the CV also says "no experience with X". */
const NEGATION_FACTOR = 0.5;
const MAX_DIRECT_EVIDENCE = 3;
const QUALIFIER_RANK: Record<MentionQualifier, number> = { plain: 2, lowered: 1, negative: 0 };

interface Hit {
  start: number;
  end: number;
  /** Only some words of an untaxonomised phrase matched: lowers the strength by one step. */
  partial: boolean;
}

/** A term to search for: its canonical name and, for known skills, every alias. */
interface SearchTerm {
  term: string;
  canonical: string;
  known: boolean;
  forms: readonly string[];
  /** Skills related to the term: the only longer mentions worth searching for a nested name. */
  related: ReadonlySet<string>;
}

/**
 * Literal hits of a skill's names inside another skill's mention: the taxonomy reports the longest
 * match ("AWS Certified Cloud Practitioner"), which still names the shorter skill ("AWS").
 */
function nestedHits(passage: IndexedPassage, search: SearchTerm): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  for (const mention of passage.mentions) {
    if (!search.related.has(mention.name)) continue;
    // Search only the mention's own (short) span, then shift the offsets back into the passage.
    const span = passage.folded.slice(mention.start, mention.end);
    for (const form of search.forms) {
      for (const hit of findTerm(span, form)) {
        // A name inside a longer one must stand as its own word: `JS` in `D3.js` is not JavaScript.
        if (/[.\w]/.test(span[hit.start - 1] ?? ' ') || span[hit.end] === '.') continue;
        hits.push({ start: hit.start + mention.start, end: hit.end + mention.start });
      }
    }
  }
  return hits;
}

function withoutNonSkill(
  passage: IndexedPassage,
  hits: { start: number; end: number }[],
): { start: number; end: number }[] {
  const blocked = passage.nonSkill();
  if (blocked.length === 0) return hits;
  return hits.filter((hit) => !blocked.some((span) => hit.start < span.end && span.start < hit.end));
}

/** Where `term` occurs in the passage: taxonomy mentions first, literal matches as a fallback. */
function findHits(passage: IndexedPassage, search: SearchTerm): Hit[] {
  const { term, canonical, known } = search;
  const viaTaxonomy = passage.mentions.filter((mention) => mention.name === canonical);
  if (viaTaxonomy.length > 0) return viaTaxonomy.map(({ start, end }) => ({ start, end, partial: false }));
  const literal = findTerm(passage.folded, term);
  if (literal.length === 0 && canonical !== term) literal.push(...findTerm(passage.folded, canonical));
  if (literal.length === 0 && known) literal.push(...nestedHits(passage, search));
  // A name inside a phrase that only looks like it ("go-live", "communication between") is no hit.
  const hits = literal.length > 0 ? withoutNonSkill(passage, literal) : literal;
  if (hits.length > 0 || known) return hits.map((hit) => ({ ...hit, partial: false }));
  // A phrase the taxonomy does not know ("data modelling"): enough of its words count, weaker.
  const words = contentWords(term);
  if (words.length < 2) return [];
  const found = words.map((word) => findTerm(passage.folded, word)[0]).filter((hit) => hit !== undefined);
  if (found.length * 2 < words.length) return [];
  const first = found[0]!;
  return [{ start: first.start, end: first.end, partial: found.length < words.length }];
}

function evidenceFrom(
  passage: IndexedPassage,
  requirementId: string,
  matched: string,
  hit: Hit,
  strength: EvidenceStrength,
  score: number,
): Evidence {
  return {
    requirementId,
    section: passage.section,
    ...(passage.entryIndex !== undefined ? { entryIndex: passage.entryIndex } : {}),
    ...(passage.entryName ? { entryName: passage.entryName } : {}),
    quote: quoteAround(passage.text, hit.start, hit.end),
    matched,
    strength,
    score,
  };
}

interface DirectSearch {
  positive: Evidence[];
  negative: Evidence[];
  ranges: MonthRange[];
  /** Positive evidence from dated work entries (discounted when the years fall short). */
  dated: Set<Evidence>;
}

function searchDirect(
  passages: readonly IndexedPassage[],
  requirementId: string,
  search: SearchTerm,
): DirectSearch {
  const { canonical } = search;
  const result: DirectSearch = { positive: [], negative: [], ranges: [], dated: new Set() };
  for (const passage of passages) {
    const hits = findHits(passage, search);
    if (hits.length === 0) continue;
    // The most favourable reading of the passage wins: one plain mention outweighs a hedged one.
    let best: { hit: Hit; qualifier: MentionQualifier } | undefined;
    for (const hit of hits) {
      const qualifier = qualifyMention(passage.text, hit.start, hit.end);
      if (!best || QUALIFIER_RANK[qualifier] > QUALIFIER_RANK[best.qualifier]) best = { hit, qualifier };
    }
    if (!best) continue;
    if (best.qualifier === 'negative') {
      result.negative.push(evidenceFrom(passage, requirementId, canonical, best.hit, 'negative', 0));
      continue;
    }
    let strength = passage.baseStrength;
    if (best.qualifier === 'lowered') strength = lowerStrength(strength);
    if (best.hit.partial) strength = lowerStrength(strength);
    const evidence = evidenceFrom(
      passage,
      requirementId,
      canonical,
      best.hit,
      strength,
      STRENGTH_SCORE[strength],
    );
    result.positive.push(evidence);
    if (passage.section === 'work' && passage.range) {
      result.ranges.push(passage.range);
      result.dated.add(evidence);
    }
  }
  return result;
}

function searchRelated(
  index: CvIndex,
  requirementId: string,
  related: ReadonlySet<string>,
): Evidence | undefined {
  if (related.size === 0) return undefined;
  let best: Evidence | undefined;
  for (const passage of index.passages) {
    const mention = passage.mentions.find((candidate) => related.has(candidate.name));
    if (!mention) continue;
    if (qualifyMention(passage.text, mention.start, mention.end) === 'negative') continue;
    const inExperience = passage.section === 'work' || passage.section === 'projects';
    const score = inExperience ? RELATED_IN_EXPERIENCE_SCORE : RELATED_IN_LIST_SCORE;
    if (!best || score > best.score) {
      best = evidenceFrom(
        passage,
        requirementId,
        mention.name,
        { ...mention, partial: false },
        'weak',
        score,
      );
    }
  }
  return best;
}

/**
 * A specific skill shown in the CV is evidence of its umbrella (MySQL → Relational Databases):
 * the evidence names the member, so the explanation says what the CV actually shows.
 */
function searchMembers(index: CvIndex, requirementId: string, umbrella: string): DirectSearch {
  const result: DirectSearch = { positive: [], negative: [], ranges: [], dated: new Set() };
  for (const member of index.skills.members?.(umbrella) ?? []) {
    const search: SearchTerm = {
      term: member,
      canonical: member,
      known: true,
      forms: index.skills.forms(member),
      related: new Set(index.skills.related(member)),
    };
    let found = searchDirect(index.passages, requirementId, search);
    if (found.positive.length === 0) found = searchDirect(index.plainPassages(), requirementId, search);
    // A member the CV says the candidate lacks says nothing about the umbrella either way.
    result.positive.push(...found.positive);
    result.ranges.push(...found.ranges);
    for (const evidence of found.dated) result.dated.add(evidence);
  }
  return result;
}

/** Best evidence, a bonus when two sections agree, halved when the CV also says the candidate lacks it. */
function scoreOf(positive: readonly Evidence[], contradicted: boolean): number {
  if (positive.length === 0) return 0;
  const sections = new Set(positive.map((evidence) => evidence.section));
  const best = Math.max(...positive.map((evidence) => evidence.score));
  const score = best + (sections.size >= 2 ? CORROBORATION_BONUS : 0);
  return Math.min(1, contradicted ? score * NEGATION_FACTOR : score);
}

/**
 * Searches the CV for one term of a requirement: structured passages first, the plain text only
 * when those show nothing, related skills only when the term itself is absent.
 */
export function assessTerm(index: CvIndex, requirementId: string, term: string): TermAssessment {
  const canonicalName = index.skills.canonical(term);
  const known = canonicalName !== undefined;
  const canonical = canonicalName ?? term.trim();
  const search: SearchTerm = {
    term,
    canonical,
    known,
    forms: known ? index.skills.forms(canonical) : [],
    related: new Set(known ? index.skills.related(canonical) : []),
  };
  let found = searchDirect(index.passages, requirementId, search);
  if (found.positive.length === 0 && found.negative.length === 0) {
    found = searchDirect(index.plainPassages(), requirementId, search);
  }
  if (found.positive.length === 0 && found.negative.length === 0 && known) {
    found = searchMembers(index, requirementId, canonical);
  }
  const positive = found.positive.sort((a, b) => b.score - a.score);
  const negative = found.negative.slice(0, 1);
  const years = found.ranges.length > 0 ? yearsCovered(found.ranges) : undefined;

  if (positive.length > 0) {
    const undated = positive.filter((evidence) => !found.dated.has(evidence));
    return {
      term: canonical,
      known,
      score: scoreOf(positive, negative.length > 0),
      undatedScore: scoreOf(undated, negative.length > 0),
      evidence: [...positive.slice(0, MAX_DIRECT_EVIDENCE), ...negative],
      ...(years !== undefined ? { years } : {}),
      ranges: found.ranges,
      negative: negative.length > 0,
      relatedOnly: false,
    };
  }
  // The CV says the candidate lacks it: related skills do not soften that.
  const related = negative.length === 0 ? searchRelated(index, requirementId, search.related) : undefined;
  return {
    term: canonical,
    known,
    score: related?.score ?? 0,
    undatedScore: related?.score ?? 0,
    evidence: [...(related ? [related] : []), ...negative],
    ranges: [],
    negative: negative.length > 0,
    relatedOnly: related !== undefined,
  };
}
