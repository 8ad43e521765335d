import type { Priority } from '../../domain/index.js';
import type { RequirementDraft } from './requirement-draft.js';

/** Words that make a soft skill a stated must rather than a wish ("Must possess communication skills"). */
const EXPLICIT_MUST = /\b(?:must|required|mandatory|essential|zwingend|erforderlich|voraussetzung)\b/i;

const isSkillAsk = (draft: RequirementDraft): boolean =>
  draft.kind === 'skill' || draft.kind === 'experience';

/**
 * Adjusts priorities by what the posting as a whole stresses, after each item got its own:
 * - a skill the job title names ("Java Developer") is CRITICAL wherever it is asked;
 * - a skill asked in several items (three anywhere, or two of which one in the requirements)
 *   rises from IMPORTANT to CRITICAL: writers repeat what they care about;
 * - a soft skill is IMPORTANT unless the job calls it a must in so many words: a CV rarely proves
 *   one in writing, so it should not lead the gap list.
 * Nice-to-haves stay nice-to-haves and responsibilities stay IMPORTANT at most (the extractor's
 * rules); the drafts are returned as new objects, in the same order.
 */
export function weighRepeatedAsks(
  drafts: readonly RequirementDraft[],
  { titleSkills = [] }: { titleSkills?: readonly string[] } = {},
): RequirementDraft[] {
  const inTitle = new Set(titleSkills.map((name) => name.toLowerCase()));
  const items = new Map<string, Set<number>>();
  const askedInRequirements = new Set<string>();
  for (const draft of drafts.filter(isSkillAsk)) {
    for (const keyword of draft.keywords) {
      const key = keyword.toLowerCase();
      items.set(key, (items.get(key) ?? new Set()).add(draft.itemNumber));
      if (draft.section === 'requirements') askedInRequirements.add(key);
    }
  }
  const stressed = (key: string): boolean => {
    const count = (items.get(key)?.size ?? 0) + (inTitle.has(key) ? 1 : 0);
    return inTitle.has(key) || count >= 3 || (count >= 2 && askedInRequirements.has(key));
  };
  return drafts.map((draft) => {
    let priority: Priority = draft.priority;
    if (
      isSkillAsk(draft) &&
      priority === 'IMPORTANT' &&
      draft.section !== 'responsibilities' &&
      draft.keywords.some((keyword) => stressed(keyword.toLowerCase()))
    ) {
      priority = 'CRITICAL';
    }
    if (draft.kind === 'soft-skill' && priority === 'CRITICAL' && !EXPLICIT_MUST.test(draft.text)) {
      priority = 'IMPORTANT';
    }
    return { ...draft, priority };
  });
}
