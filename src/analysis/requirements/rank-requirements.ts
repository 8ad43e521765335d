import { PRIORITY_ORDER, type Requirement } from '../../domain/index.js';
import type { RequirementDraft } from './requirement-draft.js';

/** Most requirements a job yields: beyond this a gap list stops being read; the least important go. */
export const MAX_REQUIREMENTS = 25;

const rank = (draft: RequirementDraft): number => PRIORITY_ORDER.indexOf(draft.priority);

function keyOf(draft: RequirementDraft): string {
  // Skill and experience asks over the same keywords are one ask; the years, if any, are kept.
  const kind = draft.kind === 'experience' ? 'skill' : draft.kind;
  return `${kind}:${[...draft.keywords]
    .map((keyword) => keyword.toLowerCase())
    .sort()
    .join('|')}`;
}

/**
 * Merges drafts that ask for the same thing (same kind and keyword set), keeping the highest
 * priority, the first wording at that priority (a requirement list's wording before prose's) and the
 * largest stated years; orders CRITICAL first,
 * then by appearance; keeps at most `max` (see `capRequirements`); and numbers them `req-1`,
 * `req-2`… in that order.
 */
export function rankRequirements(drafts: readonly RequirementDraft[], max = MAX_REQUIREMENTS): Requirement[] {
  const merged = new Map<string, RequirementDraft>();
  for (const draft of drafts) {
    // "Minimum 3 years experience" names nothing but years: still an ask, met by total work years.
    if (draft.keywords.length === 0 && !(draft.kind === 'experience' && draft.minYears)) continue;
    const key = keyOf(draft);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...draft });
      continue;
    }
    const years = Math.max(seen.minYears ?? 0, draft.minYears ?? 0);
    // At equal priority the job's own requirement list words the ask better than an intro or a
    // task that happens to come first ("5+ years of web development" over "The role involves…").
    const rewording = rank(draft) === rank(seen) && isExplicit(draft) && !isExplicit(seen);
    const winner =
      rank(draft) < rank(seen) ? { ...draft } : rewording ? { ...draft, order: seen.order } : seen;
    if (years > 0) {
      // The years shown must be the years the wording states.
      if (winner.minYears !== years) winner.text = (draft.minYears === years ? draft : seen).text;
      winner.minYears = years;
      winner.kind = 'experience';
    }
    merged.set(key, winner);
  }
  const ordered = [...merged.values()].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  return capRequirements(dropRestatedYears(dropImpliedRepeats(ordered)), max).map((draft, index) => ({
    id: `req-${index + 1}`,
    text: draft.text,
    kind: draft.kind,
    priority: draft.priority,
    keywords: draft.keywords,
    ...(draft.minYears !== undefined ? { minYears: draft.minYears } : {}),
  }));
}

/**
 * Keeps at most `max`, most important first. When the cap bites, what the job lists explicitly
 * (requirement and nice-to-have sections) goes before what is only implied by responsibilities or
 * prose, so a long task list cannot push out the job's own nice-to-haves.
 */
function capRequirements(ordered: RequirementDraft[], max: number): RequirementDraft[] {
  if (ordered.length <= max) return ordered;
  const explicit = (draft: RequirementDraft): boolean =>
    draft.section === 'requirements' || draft.section === 'nice-to-have';
  const kept = new Set(
    [...ordered.filter(explicit), ...ordered.filter((draft) => !explicit(draft))].slice(0, max),
  );
  return ordered.filter((draft) => kept.has(draft));
}

const isExplicit = (draft: RequirementDraft): boolean =>
  draft.section === 'requirements' || draft.section === 'nice-to-have';

/**
 * A skill only implied by the intro or the task list ("proficient in HTML, CSS…") adds nothing when
 * the job's own lists already ask for each of its keywords at the same or a higher priority.
 */
function dropImpliedRepeats(ordered: RequirementDraft[]): RequirementDraft[] {
  const listed = new Map<string, number>();
  for (const draft of ordered.filter(isExplicit)) {
    for (const keyword of draft.keywords) {
      const key = keyword.toLowerCase();
      listed.set(key, Math.min(listed.get(key) ?? Number.POSITIVE_INFINITY, rank(draft)));
    }
  }
  return ordered.filter(
    (draft) =>
      isExplicit(draft) ||
      draft.kind !== 'skill' ||
      !draft.keywords.every(
        (keyword) => (listed.get(keyword.toLowerCase()) ?? Number.POSITIVE_INFINITY) <= rank(draft),
      ),
  );
}

/**
 * Intros often restate the years the requirements list gives ("We are looking for an engineer with
 * 5+ years…" above "5+ years of web development"): an experience ask from a neutral section is
 * dropped when a requirement section already asks for the same years.
 */
function dropRestatedYears(ordered: RequirementDraft[]): RequirementDraft[] {
  const listedYears = new Set(
    ordered
      .filter((draft) => draft.kind === 'experience' && draft.section === 'requirements')
      .map((draft) => draft.minYears),
  );
  return ordered.filter(
    (draft) =>
      !(draft.kind === 'experience' && draft.section === 'general' && listedYears.has(draft.minYears)),
  );
}
