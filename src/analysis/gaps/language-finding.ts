import type { Evidence, InterviewLanguage, Requirement } from '../../domain/index.js';
import type { CvIndex, IndexedPassage } from './cv-index.js';
import { STRENGTH_SCORE } from './evidence-strength.js';
import { LANGUAGE_REASON_PHRASES } from './language-reason-phrases.js';
import { quoteAround } from './quote.js';
import { type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { findTerm, foldText } from './text-match.js';

/** Spoken languages by English name, with the names CVs in other languages use. */
const LANGUAGE_NAMES: Record<string, readonly string[]> = {
  English: ['english', 'englisch', 'anglais', 'inglés', 'ingles'],
  German: ['german', 'deutsch', 'allemand', 'alemán'],
  French: ['french', 'französisch', 'francais', 'français', 'francés'],
  Spanish: ['spanish', 'spanisch', 'espagnol', 'español', 'castellano'],
  Italian: ['italian', 'italienisch', 'italiano'],
  Portuguese: ['portuguese', 'portugiesisch', 'português'],
  Dutch: ['dutch', 'niederländisch', 'nederlands', 'flemish'],
  Polish: ['polish', 'polnisch', 'polski'],
  Russian: ['russian', 'russisch'],
  Ukrainian: ['ukrainian', 'ukrainisch'],
  Chinese: ['chinese', 'mandarin', 'cantonese', 'chinesisch'],
  Japanese: ['japanese', 'japanisch'],
  Korean: ['korean', 'koreanisch'],
  Arabic: ['arabic', 'arabisch'],
  Hindi: ['hindi'],
  Turkish: ['turkish', 'türkisch'],
  Swedish: ['swedish', 'schwedisch'],
  Danish: ['danish', 'dänisch'],
  Norwegian: ['norwegian', 'norwegisch'],
  Finnish: ['finnish', 'finnisch'],
  Czech: ['czech', 'tschechisch'],
  Greek: ['greek', 'griechisch'],
  Hebrew: ['hebrew', 'hebräisch'],
  Romanian: ['romanian', 'rumänisch'],
  Hungarian: ['hungarian', 'ungarisch'],
  Vietnamese: ['vietnamese'],
};

/** Common short words that give away the language a CV is written in. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  English: ['the', 'and', 'of', 'with', 'for', 'to', 'in'],
  German: ['und', 'der', 'die', 'das', 'mit', 'für', 'von'],
};

const LOW_FLUENCY = /\b(?:basic|elementary|beginner|a1|a2|grundkenntnisse|schulkenntnisse|limited)\b/i;

function languagesAsked(requirement: Requirement): string[] {
  const text = foldText([requirement.text, ...requirement.keywords].join(' '));
  return Object.entries(LANGUAGE_NAMES)
    .filter(([, names]) => names.some((name) => findTerm(text, name).length > 0))
    .map(([language]) => language);
}

function writtenIn(plainText: string): string | undefined {
  const words = foldText(plainText).split(/[^\p{L}]+/u);
  let best: { language: string; count: number } | undefined;
  for (const [language, functionWords] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(functionWords);
    const count = words.filter((word) => set.has(word)).length;
    if (!best || count > best.count) best = { language, count };
  }
  return best && best.count >= 10 ? best.language : undefined;
}

function evidenceAt(
  requirement: Requirement,
  passage: IndexedPassage,
  language: string,
  strength: 'strong' | 'moderate' | 'weak',
): Evidence {
  return {
    requirementId: requirement.id,
    section: passage.section,
    ...(passage.entryIndex !== undefined ? { entryIndex: passage.entryIndex } : {}),
    ...(passage.entryName ? { entryName: passage.entryName } : {}),
    quote: quoteAround(passage.text, 0, 0),
    matched: language,
    strength,
    score: STRENGTH_SCORE[strength],
  };
}

/**
 * Coverage of a spoken-language requirement: the CV's languages section (fluency counts), a
 * mention elsewhere, or, as moderate evidence, the language the CV itself is written in.
 */
export function assessLanguageRequirement(
  index: CvIndex,
  requirement: Requirement,
  language: InterviewLanguage = 'en',
): RequirementFinding {
  const say = LANGUAGE_REASON_PHRASES[language];
  const asked = languagesAsked(requirement);
  if (asked.length === 0) {
    return {
      coverage: 0,
      evidence: [],
      explanation: say.unknownLanguage(),
      gapReason: say.unknownLanguageReason(),
    };
  }
  const found: Evidence[] = [];
  const missing: string[] = [];
  const cvLanguage = writtenIn(index.cv.plainText);
  for (const spoken of asked) {
    const names = LANGUAGE_NAMES[spoken] ?? [spoken.toLowerCase()];
    const mentions = (passages: readonly IndexedPassage[]) =>
      passages.find((passage) => names.some((name) => findTerm(passage.folded, name).length > 0));
    const listed = mentions(index.passages.filter((passage) => passage.section === 'languages'));
    const elsewhere = listed ? undefined : mentions([...index.passages, ...index.plainPassages()]);
    if (listed) {
      found.push(evidenceAt(requirement, listed, spoken, LOW_FLUENCY.test(listed.text) ? 'weak' : 'strong'));
    } else if (elsewhere) {
      found.push(
        evidenceAt(requirement, elsewhere, spoken, LOW_FLUENCY.test(elsewhere.text) ? 'weak' : 'moderate'),
      );
    } else if (cvLanguage === spoken) {
      // The CV's own words show the language it is written in: quote its first real sentence.
      const sample = index.passages.find((passage) => passage.text.length > 30) ?? index.passages[0];
      found.push({
        requirementId: requirement.id,
        section: sample?.section ?? 'other',
        quote: sample ? quoteAround(sample.text, 0, 0) : spoken,
        matched: spoken,
        strength: 'moderate',
        score: STRENGTH_SCORE.moderate,
      });
    } else {
      missing.push(spoken);
    }
  }
  // Every language asked counts equally; alternatives ("English or German") are rare enough to ignore.
  const coverage = found.reduce((sum, evidence) => sum + evidence.score, 0) / asked.length;
  const shown = found.map((evidence) => evidence.matched);
  const explanation =
    found.length === 0
      ? say.notMentioned(asked)
      : say.shown(shown, missing) +
        (cvLanguage &&
        found.some((evidence) => evidence.matched === cvLanguage && evidence.strength === 'moderate')
          ? say.writtenIn(cvLanguage)
          : '');
  const weakOnes = found
    .filter((evidence) => evidence.strength === 'weak')
    .map((evidence) => evidence.matched);
  const gapReason =
    missing.length > 0 ? say.notMentioned(missing) : say.basicOnly(weakOnes.length > 0 ? weakOnes : asked);
  return {
    coverage: roundCoverage(coverage),
    evidence: found.sort((a, b) => b.score - a.score),
    explanation,
    gapReason,
  };
}
