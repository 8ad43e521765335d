import type {
  Evidence,
  Gap,
  InterviewLanguage,
  Requirement,
  RequirementAssessment,
} from '../../domain/index.js';
import type { GroupableReason } from './requirement-finding.js';
import { SKILL_REASON_PHRASES } from './skill-reason-phrases.js';

/**
 * A requirement below the gap threshold, with the one-sentence reason its finding gave and, when
 * that sentence can be said once for several skills, its parts.
 */
export type GapCandidate = RequirementAssessment & { gapReason: string; groupable?: GroupableReason };

/**
 * What the CV shows of a gap's own skills: named somewhere (thinly), said to be lacking, or
 * absent (nothing, or only a related skill). Questions are built on this ("Your CV lists SQL, but…"
 * vs "did any of it involve MongoDB?"), so one gap must not mix the three.
 */
function cvState(candidate: GapCandidate): 'named' | 'negated' | 'absent' {
  if (candidate.evidence.some((item) => item.strength === 'negative')) return 'negated';
  const own = new Set(candidate.requirement.keywords.map((keyword) => keyword.toLowerCase()));
  return candidate.evidence.some((item) => own.has(item.matched.toLowerCase())) ? 'named' : 'absent';
}

/**
 * Where two gaps come from the same place and stand alike: one sentence or bullet of the job, one
 * kind of ask, and the same state in the CV.
 */
function groupKey(candidate: GapCandidate): string {
  return `${likeness(candidate)}\u0000${candidate.requirement.text.trim().toLowerCase()}`;
}

/** Kind of ask (years or not, a skill is a skill) and state in the CV: what must match to merge. */
function likeness(candidate: GapCandidate): string {
  const { kind } = candidate.requirement;
  return `${kind === 'experience' ? 'skill' : kind}\u0000${cvState(candidate)}`;
}

const keywordSet = (group: readonly GapCandidate[]): Set<string> =>
  new Set(group.flatMap((member) => member.requirement.keywords.map((keyword) => keyword.toLowerCase())));

/**
 * Folds a group that shares a skill with a more important group of the same kind and state into
 * that group: "3+ years of Java" and "Profound insight of Java internals", both missing, should not
 * make the interview ask about Java twice.
 */
function foldRepeatedSkills(groups: readonly GapCandidate[][]): GapCandidate[][] {
  const kept: GapCandidate[][] = [];
  for (const group of groups) {
    const names = keywordSet(group);
    const host =
      names.size > 0
        ? kept.find((earlier) => {
            if (likeness(earlier[0]!) !== likeness(group[0]!)) return false;
            const covered = keywordSet(earlier);
            return [...names].some((name) => covered.has(name));
          })
        : undefined;
    if (host) host.push(...group);
    else kept.push([...group]);
  }
  return kept;
}

/**
 * Groups gaps that come from the same sentence or bullet of the job ("Excellent knowledge of
 * relational databases, SQL and ORM") into one gap, so the interview asks about that sentence
 * once instead of once per skill. The input is ranked, most important first; each group takes the
 * place and the id of its first member, so groups keep that ranking. Kinds are not mixed (an
 * education ask and a skill ask of one sentence get different questions), nor are skills the CV
 * names thinly with skills it never names: "Your CV lists SQL" must not be said of MongoDB. A group
 * that shares a skill with an earlier group (same kind and state) is folded into that group.
 */
export function groupGapCandidates(ranked: readonly GapCandidate[]): GapCandidate[][] {
  const groups = new Map<string, GapCandidate[]>();
  for (const candidate of ranked) {
    const key = groupKey(candidate);
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  return foldRepeatedSkills([...groups.values()]);
}

function unique<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const id = key(value);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Groupable sentences whose labels are the member's whole keyword list ("ORM and Hibernate"). */
const NAMES_KEYWORDS: ReadonlySet<GroupableReason['sentence']> = new Set(['not-mentioned', 'related-only']);

function renderGroupable(part: GroupableReason, language: InterviewLanguage): string {
  const say = SKILL_REASON_PHRASES[language];
  switch (part.sentence) {
    case 'not-mentioned':
      return say.notMentionedReason(part.labels);
    case 'skills-list-only':
      return say.skillsListOnlyReason(part.labels);
    case 'related-only':
      return say.relatedOnlyReason(part.key, part.labels);
  }
}

/**
 * One reason for a group: each kind of sentence once, naming every skill it is about, in order
 * ("SQL and Hibernate are not mentioned anywhere in your CV."). Sentences that differ in more than
 * the skill (the related skill named) stay apart.
 */
function groupReason(members: readonly GapCandidate[], language: InterviewLanguage): string {
  const parts: GroupableReason[] = [];
  const slots: (GroupableReason | string)[] = [];
  for (const member of members) {
    const groupable = member.groupable;
    if (!groupable) {
      slots.push(member.gapReason);
      continue;
    }
    // The sentence names the member's own skills as one list ("ORM and Hibernate"): take them one
    // by one from its keywords, so the group's list reads "SQL, ORM and Hibernate".
    const labels =
      NAMES_KEYWORDS.has(groupable.sentence) && member.requirement.keywords.length > 0
        ? member.requirement.keywords
        : groupable.labels;
    let part = parts.find((item) => item.sentence === groupable.sentence && item.key === groupable.key);
    if (!part) {
      part = { sentence: groupable.sentence, key: groupable.key, labels: [] };
      parts.push(part);
      slots.push(part);
    }
    for (const label of labels) if (!part.labels.includes(label)) part.labels.push(label);
  }
  const sentences = slots.map((slot) => (typeof slot === 'string' ? slot : renderGroupable(slot, language)));
  return unique(sentences, (sentence) => sentence).join(' ');
}

/**
 * Merges a group of gaps into one: the first (most important) member's id, text and priority;
 * every member's keywords, first member's first; the largest minimum years; the mean coverage; the
 * best evidence of any member; and one reason covering them all, in `language`.
 */
export function mergeGapGroup(
  members: readonly GapCandidate[],
  {
    missingBelow,
    evidenceLimit,
    language = 'en',
  }: { missingBelow: number; evidenceLimit: number; language?: InterviewLanguage },
): Gap {
  const [first, ...rest] = members;
  if (!first) throw new Error('mergeGapGroup needs at least one gap');
  const keywords = unique(
    members.flatMap((member) => member.requirement.keywords),
    (keyword) => keyword.toLowerCase(),
  );
  const years = members
    .map((member) => member.requirement.minYears)
    .filter((value): value is number => value !== undefined);
  const requirement: Requirement = {
    ...first.requirement,
    keywords,
    ...(years.length > 0 ? { minYears: Math.max(...years) } : {}),
  };
  if (rest.some((member) => member.requirement.kind === 'experience') && years.length > 0)
    requirement.kind = 'experience';
  const coverage =
    Math.round((members.reduce((sum, member) => sum + member.coverage, 0) / members.length) * 100) / 100;
  const supporting = (member: GapCandidate) => member.evidence.filter((item) => item.strength !== 'negative');
  const evidence: Evidence[] =
    members.length === 1
      ? supporting(first).slice(0, evidenceLimit)
      : unique(
          members.flatMap(supporting).sort((a, b) => strengthRank(a) - strengthRank(b)),
          (item) => item.quote,
        ).slice(0, evidenceLimit);
  return {
    id: first.requirement.id,
    requirement,
    status: coverage < missingBelow ? 'missing' : 'weak',
    coverage,
    evidence,
    reason: members.length === 1 ? first.gapReason : groupReason(members, language),
  };
}

const STRENGTH_ORDER: readonly Evidence['strength'][] = ['strong', 'moderate', 'weak', 'negative'];

function strengthRank(evidence: Evidence): number {
  return STRENGTH_ORDER.indexOf(evidence.strength);
}
