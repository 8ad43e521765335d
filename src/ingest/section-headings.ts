import { JOB_TITLE_WORD } from './job-title-words.js';

/**
 * Recognises CV section headings ("Work Experience", "SKILLS", "## Ausbildung", "Education:")
 * and says which section they open. English and German variants.
 */

/** The sections a CV is split into. `other` is a known heading whose content is not mapped. */
export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'languages'
  | 'awards'
  | 'volunteer'
  | 'publications'
  | 'interests'
  | 'references'
  | 'other';

const HEADINGS: Record<SectionKind, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'profile',
    'professional profile',
    'personal profile',
    'about',
    'about me',
    'objective',
    'career objective',
    'overview',
    'introduction',
    'personal statement',
    'executive summary',
    'summary of qualifications',
    'profil',
    'kurzprofil',
    'über mich',
    'zusammenfassung',
  ],
  experience: [
    'experience',
    'work experience',
    'professional experience',
    'employment',
    'employment history',
    'work history',
    'career history',
    'relevant experience',
    'professional background',
    'career',
    'positions held',
    'professional history',
    'work',
    'berufserfahrung',
    'berufliche erfahrung',
    'beruflicher werdegang',
    'werdegang',
    'praxiserfahrung',
    'berufspraxis',
  ],
  education: [
    'education',
    'academic background',
    'education and training',
    'educational background',
    'academics',
    'education and courses',
    'academic qualifications',
    'qualifications',
    'studies',
    'ausbildung',
    'bildung',
    'bildungsweg',
    'studium',
    'schulbildung',
    'akademischer werdegang',
    'schul und berufsausbildung',
  ],
  skills: [
    'skills',
    'technical skills',
    'core competencies',
    'competencies',
    'key skills',
    'professional skills',
    'skill set',
    'skillset',
    'technical skills set',
    'technologies',
    'technical proficiencies',
    'areas of expertise',
    'expertise',
    'skills and abilities',
    'tech stack',
    'tools and technologies',
    'experience summary',
    'skills summary',
    'kenntnisse',
    'fähigkeiten',
    'kompetenzen',
    'kernkompetenzen',
    'fachkenntnisse',
    'it kenntnisse',
    'edv kenntnisse',
    'technische fähigkeiten',
    'fähigkeiten und kenntnisse',
  ],
  projects: [
    'projects',
    'project',
    'personal projects',
    'selected projects',
    'key projects',
    'side projects',
    'academic projects',
    'project experience',
    'projekte',
    'projekterfahrung',
  ],
  certifications: [
    'certifications',
    'certificates',
    'certification',
    'licenses',
    'licenses and certifications',
    'certifications and licenses',
    'courses',
    'courses and certifications',
    'training',
    'zertifikate',
    'zertifizierungen',
    'weiterbildung',
    'weiterbildungen',
    'most recent courses',
  ],
  languages: ['languages', 'language skills', 'language', 'sprachen', 'sprachkenntnisse'],
  awards: [
    'awards',
    'honors',
    'honours',
    'honors and awards',
    'awards and honors',
    'achievements',
    'awards and achievements',
    'auszeichnungen',
  ],
  volunteer: [
    'volunteer',
    'volunteering',
    'volunteer experience',
    'volunteer work',
    'community involvement',
    'on campus involvement',
    'extracurricular activities',
    'activities',
    'leadership',
    'ehrenamt',
    'ehrenamtliches engagement',
  ],
  publications: ['publications', 'papers', 'research', 'veröffentlichungen', 'publikationen'],
  interests: ['interests', 'hobbies', 'hobbies and interests', 'interessen', 'hobbys', 'freizeit'],
  references: ['references', 'referenzen', 'recommendations'],
  other: [
    'other',
    'additional information',
    'personal details',
    'personal information',
    'contact',
    'contact information',
    'kontakt',
    'persönliche daten',
    'cover letter',
    'anschreiben',
    'misc',
    'miscellaneous',
    'declaration',
  ],
};

const HEADING_TO_KIND = new Map<string, SectionKind>(
  Object.entries(HEADINGS).flatMap(([kind, names]) => names.map((name) => [name, kind as SectionKind])),
);

/** Word stems that make a short, heading-styled line a heading even in an unlisted phrasing. */
const HEADING_STEMS: [RegExp, SectionKind][] = [
  [/experience|employment|erfahrung/, 'experience'],
  [/skill|competenc|kenntnis|kompetenz/, 'skills'],
  [/education|ausbildung|studium/, 'education'],
  [/project|projekt/, 'projects'],
  [/certif|licen[cs]e|zertifi/, 'certifications'],
  [/award|honou?r|achievement/, 'awards'],
  [/volunteer|involvement|ehrenamt/, 'volunteer'],
  [/publication/, 'publications'],
  [/interest|hobb/, 'interests'],
  [/summary|profile|objective/, 'summary'],
];

/** A heading found on a line: the section it opens and any content written on the same line. */
export interface SectionHeading {
  kind: SectionKind;
  title: string;
  /** How the heading is written: documents use one style for all their headings. */
  style: 'markdown' | 'caps' | 'plain';
  /** Text after the heading on the same line ("EDUCATION 2017 – 2019 | …"), if any. */
  rest?: string;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&|\+/g, ' and ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripDecoration(line: string): { text: string; isMarkdownHeading: boolean; level: number } {
  const markdown = /^(#{1,6})\s+(.*)$/.exec(line.trim());
  const text = (markdown ? markdown[2]! : line)
    .replace(/^[*_=\-\s]+|[*_=\-\s]+$/g, '')
    .replace(/:$/, '')
    .trim();
  return { text, isMarkdownHeading: Boolean(markdown), level: markdown ? markdown[1]!.length : 0 };
}

function looksLikeHeadingStyle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return false;
  if (letters === letters.toUpperCase()) return true;
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const minor = new Set(['and', 'of', 'the', 'in', 'for', '&', 'und', 'a']);
  return words.every((word) => minor.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

/**
 * The section a line opens, or undefined when it is not a heading. Markdown `#` headings, ALL
 * CAPS lines and Title-case lines are headings when their words name a known section.
 */
export function detectSectionHeading(line: string): SectionHeading | undefined {
  const { text, isMarkdownHeading, level } = stripDecoration(line);
  if (text.length === 0) return undefined;
  if (text.length > 50 || /\d/.test(text)) return headingWithContent(text);
  const key = normalize(text);
  const style = isMarkdownHeading ? 'markdown' : text === text.toUpperCase() ? 'caps' : 'plain';
  const exact = HEADING_TO_KIND.get(key);
  if (exact) return { kind: exact, title: text, style };
  const words = key.split(' ');
  if (words.length > 5 || /[.,;]/.test(text)) return undefined;
  if (!isMarkdownHeading && !looksLikeHeadingStyle(text)) return undefined;
  if (isMarkdownHeading && level > 2 && words.length > 3) return undefined;
  // "Project Manager" is a job title, not the Projects section.
  if (JOB_TITLE_WORD.test(text)) return undefined;
  for (const [stem, kind] of HEADING_STEMS) {
    if (stem.test(key)) return { kind, title: text, style };
  }
  return undefined;
}

/** "EDUCATION 2017 – 2019 | Saint Petersburg …": an ALL-CAPS heading word with content after it. */
function headingWithContent(text: string): SectionHeading | undefined {
  const match = /^(\p{Lu}[\p{Lu}\s&]{3,40})(?::|\s)\s*(?=\S)(.*)$/u.exec(text);
  if (!match) return undefined;
  const kind = HEADING_TO_KIND.get(normalize(match[1]!));
  if (!kind || kind === 'other') return undefined;
  return { kind, title: match[1]!.trim(), rest: match[2]!.trim(), style: 'caps' };
}
