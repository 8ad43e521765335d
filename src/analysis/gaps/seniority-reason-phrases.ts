import type { InterviewLanguage } from '../../domain/index.js';
import type { SeniorityAsk } from '../requirements/seniority-ask.js';
import { formatYears } from './describe-evidence.js';

/**
 * Where the candidate's years come from: the dated roles that show the job's core skills, all dated
 * roles (when the job names no skills), or the years the profile states (when no role is dated).
 */
export type YearsSource = 'relevant-roles' | 'dated-roles' | 'stated';

/** Who states the level: the job title, or a years ask in the posting's text. */
export type Asker = 'title' | 'posting';

/** Every sentence a seniority finding writes, per interview language. */
export interface SeniorityReasonPhrases {
  /**
   * "The job title asks for a senior level (5+ years); your dated roles show 2.5 years of work."
   * `total`: the years of all work, said when they, not the relevant roles, earned the credit.
   */
  compared(asker: Asker, ask: SeniorityAsk, years: number, source: YearsSource, total?: number): string;
  /** The same, when the candidate is far above a starting level. */
  farAbove(asker: Asker, ask: SeniorityAsk, years: number, source: YearsSource): string;
  /** No dated roles and no stated years: nothing to compare. */
  noYears(asker: Asker, ask: SeniorityAsk): string;
}

function englishBand({ minYears, maxYears }: SeniorityAsk): string {
  if (maxYears !== undefined)
    return minYears > 0 ? `${minYears}–${maxYears} years` : `up to ${maxYears} years`;
  return `${minYears}+ years`;
}

function englishAsk(ask: SeniorityAsk): string {
  const band = englishBand(ask);
  return ask.level ? `a ${ask.level} level (${band})` : band;
}

const englishYears = (years: number) => `${years} ${years === 1 ? 'year' : 'years'}`;

const ENGLISH_SHOWN: Record<YearsSource, (years: string) => string> = {
  'relevant-roles': (years) => `your roles that show the job's core skills span ${years}`,
  'dated-roles': (years) => `your dated roles show ${years} of work`,
  stated: (years) => `your CV states ${years} of experience`,
};

const englishShown = (years: number, source: YearsSource) => ENGLISH_SHOWN[source](englishYears(years));

const ENGLISH_ASKER: Record<Asker, string> = { title: 'The job title', posting: 'The job' };

const ENGLISH: SeniorityReasonPhrases = {
  compared: (asker, ask, years, source, total) => {
    const shown =
      years === 0 && source === 'relevant-roles'
        ? "none of your dated roles shows the job's core skills"
        : englishShown(years, source);
    const inTotal = total === undefined ? '' : ` (${englishYears(total)} of work in total)`;
    return `${ENGLISH_ASKER[asker]} asks for ${englishAsk(ask)}; ${shown}${inTotal}.`;
  },
  farAbove: (asker, ask, years, source) =>
    `${ENGLISH_ASKER[asker]} asks for ${englishAsk(ask)}; ${englishShown(years, source)}, well above it, so the role may sit below your level.`,
  noYears: (asker, ask) =>
    `${ENGLISH_ASKER[asker]} asks for ${englishAsk(ask)}; your CV shows no dated roles.`,
};

const GERMAN_LEVEL: Record<NonNullable<SeniorityAsk['level']>, string> = {
  junior: 'Junior-Niveau',
  senior: 'Senior-Niveau',
  lead: 'Lead-Niveau',
};

function germanBand({ minYears, maxYears }: SeniorityAsk): string {
  if (maxYears !== undefined)
    return minYears > 0 ? `${minYears}–${maxYears} Jahre` : `bis zu ${maxYears} Jahre`;
  return `mindestens ${minYears} Jahre`;
}

function germanAsk(ask: SeniorityAsk): string {
  const band = germanBand(ask);
  return ask.level ? `${GERMAN_LEVEL[ask.level]} (${band})` : `${band} Berufserfahrung`;
}

const jahre = (years: number) => `${formatYears(years, 'de')} ${years === 1 ? 'Jahr' : 'Jahre'}`;

const GERMAN_SHOWN: Record<YearsSource, (years: string) => string> = {
  'relevant-roles': (years) => `Ihre Positionen mit den Kernkompetenzen der Stelle umfassen ${years}`,
  'dated-roles': (years) => `Ihre datierten Positionen zeigen ${years}`,
  stated: (years) => `Ihr Lebenslauf nennt ${years} Berufserfahrung`,
};

const germanShown = (years: number, source: YearsSource) => GERMAN_SHOWN[source](jahre(years));

const GERMAN_ASKER: Record<Asker, string> = { title: 'Der Stellentitel', posting: 'Die Stelle' };

const GERMAN: SeniorityReasonPhrases = {
  compared: (asker, ask, years, source, total) => {
    const shown =
      years === 0 && source === 'relevant-roles'
        ? 'keine Ihrer datierten Positionen zeigt die Kernkompetenzen der Stelle'
        : germanShown(years, source);
    const inTotal = total === undefined ? '' : ` (insgesamt ${jahre(total)} Berufserfahrung)`;
    return `${GERMAN_ASKER[asker]} verlangt ${germanAsk(ask)}; ${shown}${inTotal}.`;
  },
  farAbove: (asker, ask, years, source) =>
    `${GERMAN_ASKER[asker]} verlangt ${germanAsk(ask)}; ${germanShown(years, source)}, deutlich mehr – die Stelle liegt womöglich unter Ihrem Niveau.`,
  noYears: (asker, ask) =>
    `${GERMAN_ASKER[asker]} verlangt ${germanAsk(ask)}; Ihr Lebenslauf zeigt keine datierten Positionen.`,
};

/** The seniority sentences, English and German side by side. */
export const SENIORITY_REASON_PHRASES: Record<InterviewLanguage, SeniorityReasonPhrases> = {
  en: ENGLISH,
  de: GERMAN,
};
