import type { InterviewLanguage } from '../../domain/index.js';
import { germanSkillName } from '../../taxonomy/german-skill-names.js';
import { formatYears, listWords } from './describe-evidence.js';

/** How many years, and with what: a named skill, or work in general. */
export interface YearsPhrase {
  years: number;
  /** The skill the years were counted for; undefined: work in total. */
  skill?: string;
  /** Say "in total" for work in general (the requirement named no skill the CV shows). */
  total?: boolean;
}

/**
 * Every sentence a skill, experience or soft-skill finding writes, in each interview language.
 * `where` is a place phrase from `describeWhere` ("in your skills list"). The three `…Reason`
 * sentences that take a list of labels are the ones a grouped gap says once for all its skills.
 */
export interface SkillReasonPhrases {
  lacks(term: string, quote: string | undefined): string;
  lacksReason(term: string): string;
  totalYears(years: number): string;
  notNamedButYears(labels: readonly string[], years: number): string;
  notNamedButYearsReason(labels: readonly string[], years: number): string;
  notMentioned(labels: readonly string[]): string;
  notMentionedReason(labels: readonly string[]): string;
  relatedOnly(labels: readonly string[], related: string, where: string): string;
  relatedOnlyReason(related: string, labels: readonly string[]): string;
  skillsListOnly(matched: string, where: string): string;
  skillsListOnlyReason(labels: readonly string[]): string;
  inPassing(matched: string, where: string, quote: string): string;
  inPassingReason(matched: string): string;
  shown(matched: string, where: string, quote: string): string;
  olderRoleReason(matched: string): string;
  onlyAtReason(matched: string, where: string): string;
  notShown(absent: readonly string[]): string;
  shownButNotReason(shown: readonly string[], absent: readonly string[], anyOf: boolean): string;
  lacksElsewhere(term: string): string;
  /** The end of a years sentence: "the job asks for 5+." */
  yearsAsked(asked: number): string;
  yearsShortReason(shown: YearsPhrase, asked: number): string;
  datedYears(shown: YearsPhrase): string;
  datedYearsShort(shown: YearsPhrase, asked: number): string;
  nothing(): string;
}

const be = (labels: readonly string[]) => (labels.length > 1 ? 'are' : 'is');

function englishYears({ years, skill, total }: YearsPhrase): string {
  return `${years} years ${skill ? `with ${skill}` : total ? 'of work in total' : 'of work'}`;
}

const ENGLISH: SkillReasonPhrases = {
  lacks: (term, quote) => `Your CV says you lack ${term}${quote ? `: "${quote}"` : ''}.`,
  lacksReason: (term) => `Your CV says you have no experience with ${term}.`,
  totalYears: (years) => `Your CV shows ${years} years of work in total.`,
  notNamedButYears: (labels, years) =>
    `Your CV does not name ${listWords(labels)}, but shows ${years} years of work in total.`,
  notNamedButYearsReason: (labels, years) =>
    `Your CV does not show ${listWords(labels)} by name, only ${years} years of work in general.`,
  notMentioned: (labels) => `${listWords(labels)} ${be(labels)} not mentioned in your CV.`,
  notMentionedReason: (labels) => `${listWords(labels)} ${be(labels)} not mentioned anywhere in your CV.`,
  relatedOnly: (labels, related, where) =>
    `${listWords(labels)} ${be(labels)} not in your CV, but the related skill ${related} is, ${where}.`,
  relatedOnlyReason: (related, labels) =>
    `Your CV shows only the related skill ${related}, not ${listWords(labels)}.`,
  skillsListOnly: (matched, where) =>
    `${matched} appears only ${where}; no role or project shows you using it.`,
  skillsListOnlyReason: (labels) =>
    `${listWords(labels)} ${labels.length > 1 ? 'appear' : 'appears'} only in your skills list, not in any role or project.`,
  inPassing: (matched, where, quote) => `${matched} is only mentioned in passing, ${where}: "${quote}".`,
  inPassingReason: (matched) => `Your CV mentions ${matched} only in passing.`,
  shown: (matched, where, quote) => `${matched} is shown ${where}: "${quote}".`,
  olderRoleReason: (matched) => `${matched} appears only in an older role, not a recent one.`,
  onlyAtReason: (matched, where) => `Your CV shows ${matched} only ${where}.`,
  notShown: (absent) => `Not shown: ${listWords(absent)}.`,
  shownButNotReason: (shown, absent, anyOf) =>
    `Your CV shows ${listWords(shown)} but not ${listWords(absent, anyOf ? 'or' : 'and')}.`,
  lacksElsewhere: (term) => `Elsewhere your CV says you lack ${term}, which counts against it.`,
  yearsAsked: (asked) => `the job asks for ${asked}+.`,
  yearsShortReason: (shown, asked) => `Your CV shows ${englishYears(shown)}; the job asks for ${asked}+.`,
  datedYears: (shown) => `Your dated roles show ${englishYears(shown)}.`,
  datedYearsShort: (shown, asked) =>
    `Your dated roles show ${englishYears(shown)}; the job asks for ${asked}+.`,
  nothing: () => 'Nothing in your CV shows this.',
};

// German: formal "Sie", „…" quotes, decimal comma, verb agreement with the list's length.
const wird = (labels: readonly string[]) => (labels.length > 1 ? 'werden' : 'wird');
const steht = (labels: readonly string[]) => (labels.length > 1 ? 'stehen' : 'steht');
/** Skill names as German sentences write them (`Teamwork` → `Teamfähigkeit`). */
const n = germanSkillName;
const und = (labels: readonly string[], conjunction: 'and' | 'or' = 'and') =>
  listWords(labels.map(n), conjunction, 'de');
const jahre = (years: number) => `${formatYears(years, 'de')} ${years === 1 ? 'Jahr' : 'Jahre'}`;

function germanYears({ years, skill, total }: YearsPhrase): string {
  return `${jahre(years)} ${skill ? `mit ${n(skill)}` : total ? 'Berufserfahrung insgesamt' : 'Berufserfahrung'}`;
}

const GERMAN: SkillReasonPhrases = {
  lacks: (term, quote) => `Laut Ihrem Lebenslauf fehlt Ihnen ${n(term)}${quote ? `: „${quote}“` : ''}.`,
  lacksReason: (term) => `Laut Ihrem Lebenslauf haben Sie keine Erfahrung mit ${n(term)}.`,
  totalYears: (years) => `Ihr Lebenslauf zeigt insgesamt ${jahre(years)} Berufserfahrung.`,
  notNamedButYears: (labels, years) =>
    `Ihr Lebenslauf nennt ${und(labels)} nicht, zeigt aber insgesamt ${jahre(years)} Berufserfahrung.`,
  notNamedButYearsReason: (labels, years) =>
    `Ihr Lebenslauf nennt ${und(labels)} nicht ausdrücklich, nur ${jahre(years)} Berufserfahrung allgemein.`,
  notMentioned: (labels) => `${und(labels)} ${wird(labels)} in Ihrem Lebenslauf nicht erwähnt.`,
  notMentionedReason: (labels) => `${und(labels)} ${wird(labels)} in Ihrem Lebenslauf nirgends erwähnt.`,
  relatedOnly: (labels, related, where) =>
    `${und(labels)} ${steht(labels)} nicht in Ihrem Lebenslauf, wohl aber die verwandte Fähigkeit ${n(related)}, ${where}.`,
  relatedOnlyReason: (related, labels) =>
    `Ihr Lebenslauf zeigt nur die verwandte Fähigkeit ${n(related)}, nicht ${und(labels)}.`,
  skillsListOnly: (matched, where) =>
    `${n(matched)} steht nur ${where}; keine Position und kein Projekt zeigt, dass Sie es einsetzen.`,
  skillsListOnlyReason: (labels) =>
    `${und(labels)} ${steht(labels)} nur unter Ihren Kenntnissen, in keiner Position und keinem Projekt.`,
  inPassing: (matched, where, quote) => `${n(matched)} wird nur beiläufig erwähnt, ${where}: „${quote}“.`,
  inPassingReason: (matched) => `Ihr Lebenslauf erwähnt ${n(matched)} nur beiläufig.`,
  shown: (matched, where, quote) => `${n(matched)} ist ${where} belegt: „${quote}“.`,
  olderRoleReason: (matched) =>
    `${n(matched)} taucht nur in einer älteren Position auf, nicht in einer aktuellen.`,
  onlyAtReason: (matched, where) => `Ihr Lebenslauf zeigt ${n(matched)} nur ${where}.`,
  notShown: (absent) => `Nicht belegt: ${und(absent)}.`,
  shownButNotReason: (shown, absent, anyOf) =>
    `Ihr Lebenslauf zeigt ${und(shown)}, aber nicht ${und(absent, anyOf ? 'or' : 'and')}.`,
  lacksElsewhere: (term) =>
    `An anderer Stelle gibt Ihr Lebenslauf an, dass Ihnen ${n(term)} fehlt; das spricht dagegen.`,
  yearsAsked: (asked) => `die Stelle verlangt mindestens ${asked}.`,
  yearsShortReason: (shown, asked) =>
    `Ihr Lebenslauf zeigt ${germanYears(shown)}; die Stelle verlangt mindestens ${asked}.`,
  datedYears: (shown) => `Ihre datierten Positionen ergeben ${germanYears(shown)}.`,
  datedYearsShort: (shown, asked) =>
    `Ihre datierten Positionen ergeben ${germanYears(shown)}; die Stelle verlangt mindestens ${asked}.`,
  nothing: () => 'Nichts in Ihrem Lebenslauf belegt das.',
};

/** The sentences of skill findings, per interview language. */
export const SKILL_REASON_PHRASES: Record<InterviewLanguage, SkillReasonPhrases> = {
  en: ENGLISH,
  de: GERMAN,
};
