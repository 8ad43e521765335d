import type { CvDocument } from '../../domain/index.js';
import { type CvPassage, collectPassages, plainTextPassages } from './cv-passages.js';
import type { MonthRange } from './month-date.js';
import type { SkillLookup, SkillMention } from './skill-lookup.js';
import { yearsCovered } from './skill-years.js';
import { foldText } from './text-match.js';

/** A passage with its skill mentions and folded text, computed once per analysis. */
export interface IndexedPassage extends CvPassage {
  folded: string;
  mentions: SkillMention[];
  /** Where a phrase only looks like a skill ("go-live"); computed on first use for plain lines. */
  nonSkill(): { start: number; end: number }[];
}

/** Everything the evidence search needs about one CV, prepared once so each requirement is cheap. */
export interface CvIndex {
  cv: CvDocument;
  now: Date;
  skills: SkillLookup;
  passages: IndexedPassage[];
  /** Lines of the plain text, without skill mentions (matched literally), prepared on first use. */
  plainPassages(): IndexedPassage[];
  /** Years covered by all dated work entries, overlaps merged; undefined when none is dated. */
  totalWorkYears: number | undefined;
  /** The largest "N years of experience" the profile summary claims, if any. */
  claimedYears: number | undefined;
}

function indexPassage(passage: CvPassage, skills: SkillLookup): IndexedPassage {
  const { mentions, nonSkill } = skills.scan(passage.text);
  return { ...passage, folded: foldText(passage.text), mentions, nonSkill: () => nonSkill };
}

const CLAIMED_YEARS = /(\d{1,2})\s*\+?\s*(?:years|yrs|jahre)/gi;

/** Builds the search index of a CV. `now` decides what counts as recent and closes open ranges. */
export function buildCvIndex({
  cv,
  now,
  skills,
}: {
  cv: CvDocument;
  now: Date;
  skills: SkillLookup;
}): CvIndex {
  const passages = collectPassages(cv.resume, now).map((passage) => indexPassage(passage, skills));
  let plain: IndexedPassage[] | undefined;

  const workRanges = new Map<number, MonthRange>();
  for (const passage of passages) {
    if (passage.section === 'work' && passage.range && passage.entryIndex !== undefined) {
      workRanges.set(passage.entryIndex, passage.range);
    }
  }
  let claimedYears: number | undefined;
  for (const passage of passages.filter((p) => p.role === 'profile')) {
    for (const match of passage.text.matchAll(CLAIMED_YEARS)) {
      const years = Number(match[1]);
      if (years > 0 && years < 60) claimedYears = Math.max(claimedYears ?? 0, years);
    }
  }
  return {
    cv,
    now,
    skills,
    passages,
    plainPassages: () => {
      // Literal matching only: running the taxonomy over every line would cost more than the
      // whole structured search, for evidence that counts as weak anyway.
      plain ??= plainTextPassages(cv.plainText).map((passage) => {
        let nonSkill: { start: number; end: number }[] | undefined;
        return {
          ...passage,
          folded: foldText(passage.text),
          mentions: [],
          // Only asked when a name matched literally on this line, which few lines do.
          nonSkill: () => {
            nonSkill ??= skills.scan(passage.text).nonSkill;
            return nonSkill;
          },
        };
      });
      return plain;
    },
    totalWorkYears: workRanges.size > 0 ? yearsCovered([...workRanges.values()]) : undefined,
    claimedYears,
  };
}
