import { normaliseJobText, toJobLines } from './job-text-lines.js';

/** The title and company a job text names, and the line the title was read from. */
export interface JobHeader {
  title?: string;
  company?: string;
  /** True when the title was read from the first line (so that line is not read as an ask). */
  titleFromFirstLine?: boolean;
}

const TITLE_PREFIX =
  /^(?:job description|job title|position|role|stellenbeschreibung|stellenangebot|stellenausschreibung|title|vacancy|job)\s*[:\-–]\s*/i;

const ROLE_WORD =
  /\b(?:engineer|developer|manager|designer|analyst|scientist|architect|administrator|consultant|specialist|lead|director|officer|assistant|coordinator|intern|associate|executive|representative|technician|accountant|writer|researcher|entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|referent\w*|sachbearbeiter\w*|programmer|tester|owner|head|strategist|recruiter|marketer)\b/i;

const SECTION_WORD = /^(?:about|requirements|responsibilities|qualifications|benefits|overview|summary)\b/i;

function cleanTitle(raw: string): string | undefined {
  const title = raw
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .replace(TITLE_PREFIX, '')
    .replace(/\((?:[^()]*\b(?:years?|jahre)\b[^()]*|m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|all genders)\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (title.length < 3 || title.length > 80 || SECTION_WORD.test(title)) return undefined;
  return title;
}

/** "At Acme, we…", "Acme is a leading…", "Join Acme", "About Acme". */
const COMPANY_PATTERNS: readonly RegExp[] = [
  /\bAt ((?:[A-Z][\w&.'-]*)(?:[ \t]+[A-Z][\w&.'-]*){0,3}),\s+we\b/,
  /(?:^|\n|[.!?]\s+)((?:[A-Z][\w&.'-]*)(?:[ \t]+[A-Z][\w&.'-]*){0,3}) is (?:a|an|the) (?:leading|global|growing|fast|innovative|dynamic|well|world|young|international|technology|tech|software|company|startup|start-up|platform|provider|team|mission|award)/,
  /\bJoin ((?:[A-Z][\w&.'-]*)(?:[ \t]+[A-Z][\w&.'-]*){0,3})(?:'s)?[ \t]+(?:team|as|and|in)\b/,
  /^#*[ \t]*About ((?!us\b|Us\b|the\b|you\b|this\b|our\b)[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,3})[ \t]*$/m,
];

const NOT_COMPANY = /^(?:We|You|Our|This|The|It|They|He|She|Tech|Job|Role|Team|Company)$/;

/**
 * Guesses title and company when the caller did not give them: the title from the first line when
 * it reads like one (a short line naming a role), the company from the phrases postings use to
 * introduce themselves. Both stay undefined rather than being guessed badly.
 */
export function guessJobHeader(jobText: string): JobHeader {
  const text = normaliseJobText(jobText);
  const header: JobHeader = {};
  const first = toJobLines(text)[0];
  const title = first && !first.bullet ? cleanTitle(first.text) : undefined;
  if (title && ROLE_WORD.test(title) && !/[.!?]$/.test(title) && title.split(/\s+/).length <= 10) {
    header.title = title;
    header.titleFromFirstLine = true;
  } else {
    const sought =
      /\b(?:looking for|seeking|hiring|suchen)\s+(?:an?|eine?n?|eine:n|a talented|an experienced|a skilled)?\s*(?:talented|skilled|experienced|motivated|seasoned)?\s*((?:[A-Z][\w+#./-]*\s+){0,4}(?:Engineer|Developer|Manager|Designer|Analyst|Scientist|Architect|Consultant|Specialist|Lead|Entwickler\w*))/.exec(
        text,
      );
    if (sought?.[1]) header.title = sought[1].trim();
  }
  for (const pattern of COMPANY_PATTERNS) {
    const company = pattern.exec(text)?.[1]?.trim();
    if (company && !NOT_COMPANY.test(company) && company.length <= 50) {
      header.company = company;
      break;
    }
  }
  return header;
}
