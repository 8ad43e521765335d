import type { Evidence, InterviewLanguage, Requirement } from '../../domain/index.js';
import type { CvIndex, IndexedPassage } from './cv-index.js';
import { DEGREE_LABELS, degreeLevel, looksLikeUniversity } from './degree-level.js';
import { EDUCATION_REASON_PHRASES } from './education-reason-phrases.js';
import { STRENGTH_SCORE } from './evidence-strength.js';
import { quoteAround } from './quote.js';
import { type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { contentWords, foldText } from './text-match.js';

/** Synonyms for fields of study across languages (the fixtures include German CVs). */
const FIELD_SYNONYMS: readonly string[][] = [
  [
    'computer science',
    'informatik',
    'informatics',
    'computing',
    'software engineering',
    'wirtschaftsinformatik',
  ],
  ['business administration', 'betriebswirtschaft', 'bwl', 'business', 'management'],
  ['electrical engineering', 'elektrotechnik'],
  ['mathematics', 'mathematik', 'maths', 'math'],
  ['economics', 'volkswirtschaft', 'wirtschaftswissenschaften'],
];

const DEGREE_WORDS = new Set(
  'degree bachelor bachelors master masters phd doctorate diploma field fields discipline area related equivalent science arts university college higher studium abgeschlossenes'.split(
    ' ',
  ),
);

/** Field-of-study words the requirement names ("computer science", "engineering"). */
function requiredFields(requirement: Requirement): string[] {
  const fields = requirement.keywords.filter((keyword) => degreeLevel(keyword) === 0);
  const inField = /\b(?:in|of|der|im)\s+([\p{L} ,&/-]+?)(?:\s+or\b|\s+oder\b|[.;(]|$)/iu.exec(
    requirement.text,
  );
  if (inField?.[1]) fields.push(...inField[1].split(/,|\/|\band\b|\bor\b/).map((field) => field.trim()));
  return fields.filter((field) => contentWords(field).some((word) => !DEGREE_WORDS.has(word)));
}

function fieldMatches(field: string, educationText: string): boolean {
  const folded = foldText(field);
  const candidates = FIELD_SYNONYMS.find((group) => group.includes(folded)) ?? [folded];
  if (candidates.some((candidate) => educationText.includes(candidate))) return true;
  const words = contentWords(field).filter((word) => !DEGREE_WORDS.has(word));
  return words.length > 0 && words.every((word) => educationText.includes(word));
}

interface Judged {
  score: number;
  passage: IndexedPassage;
  level: number;
  fieldOk: boolean;
}

/**
 * Coverage of an education requirement: the degree level (a master's satisfies a bachelor's) and
 * the field, with credit for "or related field" and "or equivalent experience".
 */
export function assessEducationRequirement(
  index: CvIndex,
  requirement: Requirement,
  language: InterviewLanguage = 'en',
): RequirementFinding {
  const say = EDUCATION_REASON_PHRASES[language];
  const askedLevel = degreeLevel(requirement.text) || 3;
  // A school diploma has no field: words around it are not a subject to match.
  const fields = askedLevel <= 2 ? [] : requiredFields(requirement);
  const relatedAccepted = /related|equivalent|similar|technical|quantitative|\bstem\b|vergleichbar/i.test(
    requirement.text,
  );
  const educationPassages = index.passages.filter((passage) => passage.section === 'education');
  const candidates =
    educationPassages.length > 0
      ? educationPassages
      : index.plainPassages().filter((p) => degreeLevel(p.text) > 0);
  const fromPlainText = educationPassages.length === 0;

  let best: Judged | undefined;
  for (const passage of candidates) {
    const level = degreeLevel(passage.text) || (looksLikeUniversity(passage.text) ? 3 : 0);
    const fieldOk = fields.length === 0 || fields.some((field) => fieldMatches(field, passage.folded));
    const levelOk = level >= askedLevel;
    let score: number;
    if (levelOk && fieldOk) score = 1;
    else if (levelOk && relatedAccepted) score = 0.8;
    else if (levelOk) score = 0.5;
    else if (fieldOk && level > 0) score = 0.4;
    else score = level > 0 ? 0.2 : 0;
    // A degree named outside an education section (the parser missed the section) still names a degree.
    if (fromPlainText) score = Math.min(score, STRENGTH_SCORE.moderate);
    if (score > 0 && (!best || score > best.score)) best = { score, passage, level, fieldOk };
  }

  const asked = { level: askedLevel, ...(fields[0] ? { field: fields[0] } : {}) };
  const equivalentExperience =
    /equivalent[^.;]{0,60}experience|or equivalent|in[- ]lieu|berufserfahrung/i.test(requirement.text);
  const totalYears = index.totalWorkYears ?? 0;
  if ((!best || best.score < 0.6) && equivalentExperience && totalYears >= 4) {
    return {
      coverage: 0.6,
      evidence: best ? [toEvidence(requirement, best)] : [],
      explanation: say.orEquivalent(asked, totalYears),
      gapReason: say.orEquivalentReason(asked, totalYears),
    };
  }
  if (!best) {
    return {
      coverage: 0,
      evidence: [],
      explanation: say.noDegree(asked),
      gapReason: say.noDegreeReason(asked),
    };
  }
  const shown = best.passage.text;
  let explanation: string;
  let gapReason: string;
  if (best.score >= 1) {
    explanation = say.meets(shown);
    gapReason = '';
  } else if (best.level >= askedLevel) {
    explanation = say.otherField(asked, shown, relatedAccepted);
    gapReason = say.otherFieldReason(asked);
  } else {
    explanation = say.lower(asked, shown);
    gapReason = say.lowerReason(asked);
  }
  return {
    coverage: roundCoverage(best.score),
    evidence: [toEvidence(requirement, best)],
    explanation,
    gapReason,
  };
}

function toEvidence(requirement: Requirement, judged: Judged): Evidence {
  const { passage, score } = judged;
  const strength = score >= 1 ? 'strong' : score >= 0.6 ? 'moderate' : 'weak';
  return {
    requirementId: requirement.id,
    section: passage.section,
    ...(passage.entryIndex !== undefined ? { entryIndex: passage.entryIndex } : {}),
    ...(passage.entryName ? { entryName: passage.entryName } : {}),
    quote: quoteAround(passage.text, 0, 0),
    matched: DEGREE_LABELS[judged.level] || 'education',
    strength,
    score,
  };
}
