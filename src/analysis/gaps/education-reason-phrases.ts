import type { InterviewLanguage } from '../../domain/index.js';
import { DEGREE_LABELS } from './degree-level.js';
import { formatYears } from './describe-evidence.js';

/** The degree asked: its level (index into `DEGREE_LABELS`) and the field, when the job names one. */
export interface DegreeAsked {
  level: number;
  field?: string;
}

/** Every sentence an education finding writes, per interview language. `shown` quotes the CV. */
export interface EducationReasonPhrases {
  orEquivalent(asked: DegreeAsked, years: number): string;
  orEquivalentReason(asked: DegreeAsked, years: number): string;
  noDegree(asked: DegreeAsked): string;
  noDegreeReason(asked: DegreeAsked): string;
  meets(shown: string): string;
  otherField(asked: DegreeAsked, shown: string, relatedAccepted: boolean): string;
  otherFieldReason(asked: DegreeAsked): string;
  lower(asked: DegreeAsked, shown: string): string;
  lowerReason(asked: DegreeAsked): string;
}

const english = ({ level, field }: DegreeAsked) =>
  `${DEGREE_LABELS[level] || 'degree'}${field ? ` in ${field}` : ''}`;

const ENGLISH: EducationReasonPhrases = {
  orEquivalent: (asked, years) =>
    `The job asks for a ${english(asked)} or equivalent experience; your CV shows ${years} years of work.`,
  orEquivalentReason: (asked, years) =>
    `Your CV shows no ${english(asked)}, though ${years} years of work may count as equivalent.`,
  noDegree: (asked) => `The job asks for a ${english(asked)}; your CV lists no degree.`,
  noDegreeReason: (asked) => `Your CV lists no ${english(asked)}.`,
  meets: (shown) => `Your education meets it: "${shown}".`,
  otherField: (asked, shown, relatedAccepted) =>
    `You have a degree at the level asked ("${shown}"), in a different field than ${asked.field ?? 'the one asked'}${relatedAccepted ? ', which the job may accept as related' : ''}.`,
  otherFieldReason: (asked) => `Your degree is in a different field than the ${english(asked)} asked.`,
  lower: (asked, shown) => `The job asks for a ${english(asked)}; your CV shows "${shown}".`,
  lowerReason: (asked) => `The job asks for a ${english(asked)}; your highest degree shown is lower.`,
};

// German degree names with the article of their gender: "einen Bachelorabschluss", "eine Promotion".
const GERMAN_DEGREES: readonly { name: string; feminine: boolean }[] = [
  { name: 'Abschluss', feminine: false },
  { name: 'Schulabschluss', feminine: false },
  { name: 'Associate-Abschluss', feminine: false },
  { name: 'Bachelorabschluss', feminine: false },
  { name: 'Masterabschluss', feminine: false },
  { name: 'Promotion', feminine: true },
];
const germanDegree = (level: number) => GERMAN_DEGREES[level] ?? GERMAN_DEGREES[0]!;
const named = ({ level, field }: DegreeAsked) => `${germanDegree(level).name}${field ? ` in ${field}` : ''}`;
/** "einen Bachelorabschluss in Informatik" (accusative, as the object of "verlangt"). */
const einen = (asked: DegreeAsked) =>
  `${germanDegree(asked.level).feminine ? 'eine' : 'einen'} ${named(asked)}`;
const keinen = (asked: DegreeAsked) =>
  `${germanDegree(asked.level).feminine ? 'keine' : 'keinen'} ${named(asked)}`;

const GERMAN: EducationReasonPhrases = {
  orEquivalent: (asked, years) =>
    `Die Stelle verlangt ${einen(asked)} oder gleichwertige Erfahrung; Ihr Lebenslauf zeigt ${formatYears(years, 'de')} Jahre Berufserfahrung.`,
  orEquivalentReason: (asked, years) =>
    `Ihr Lebenslauf zeigt ${keinen(asked)}, doch ${formatYears(years, 'de')} Jahre Berufserfahrung können als gleichwertig gelten.`,
  noDegree: (asked) => `Die Stelle verlangt ${einen(asked)}; Ihr Lebenslauf nennt keinen Abschluss.`,
  noDegreeReason: (asked) => `Ihr Lebenslauf nennt ${keinen(asked)}.`,
  meets: (shown) => `Ihre Ausbildung erfüllt diese Anforderung: „${shown}“.`,
  otherField: (asked, shown, relatedAccepted) =>
    `Sie haben einen Abschluss auf dem verlangten Niveau („${shown}“), aber in einem anderen Fach als ${asked.field ?? 'dem verlangten'}${relatedAccepted ? ', was die Stelle als verwandtes Fach gelten lassen kann' : ''}.`,
  otherFieldReason: (asked) => `Ihr Abschluss liegt in einem anderen Fach als verlangt (${named(asked)}).`,
  lower: (asked, shown) => `Die Stelle verlangt ${einen(asked)}; Ihr Lebenslauf zeigt „${shown}“.`,
  lowerReason: (asked) =>
    `Die Stelle verlangt ${einen(asked)}; Ihr höchster angegebener Abschluss liegt darunter.`,
};

/** The sentences of education findings, per interview language. */
export const EDUCATION_REASON_PHRASES: Record<InterviewLanguage, EducationReasonPhrases> = {
  en: ENGLISH,
  de: GERMAN,
};
