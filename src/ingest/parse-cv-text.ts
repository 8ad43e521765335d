import type { Resume, ResumeProject, ResumeSkill } from '../domain/index.js';
import { readBasics } from './cv-basics.js';
import { splitEntries } from './cv-entries.js';
import { toEducation, toProject, toWork } from './cv-entry-fields.js';
import { isBullet, joinWrapped, stripBullet, stripMarkdown } from './cv-lines.js';
import { findDateRange } from './date-range.js';
import { detectSectionHeading, type SectionHeading, type SectionKind } from './section-headings.js';
import { parseLanguageItems, parseSkillLines, splitListItems } from './skill-lists.js';

/** A section of the CV: its kind, its heading as written, and its lines. */
interface Section {
  kind: SectionKind;
  title: string;
  lines: string[];
}

const INLINE_LANGUAGES = /(?:^|\t|\s{2,})\s*(?:languages|sprachen|sprachkenntnisse)\s*:[\s\t]*([^\t]+)/i;
const SPOKEN_LANGUAGE_GROUP = /^(?:spoken\s+)?(?:languages?|sprachen|sprachkenntnisse)$/i;

const SPOKEN_LANGUAGES = new Set([
  'english',
  'german',
  'deutsch',
  'englisch',
  'french',
  'französisch',
  'spanish',
  'spanisch',
  'italian',
  'italienisch',
  'portuguese',
  'russian',
  'russisch',
  'chinese',
  'mandarin',
  'cantonese',
  'japanese',
  'korean',
  'arabic',
  'hebrew',
  'hindi',
  'dutch',
  'polish',
  'turkish',
  'ukrainian',
  'swedish',
  'norwegian',
  'danish',
  'finnish',
  'greek',
  'czech',
  'romanian',
  'hungarian',
  'bengali',
  'urdu',
  'persian',
  'farsi',
  'vietnamese',
  'thai',
  'indonesian',
  'malay',
  'tamil',
  'telugu',
  'marathi',
  'punjabi',
  'gujarati',
  'swahili',
  'tagalog',
  'catalan',
]);

/** "Languages: Go, Python" in a skills section means programming languages; "English, German" spoken ones. */
function areSpokenLanguages(items: string[]): boolean {
  const languages = parseLanguageItems(items.join(', '));
  const spoken = languages.filter((item) => SPOKEN_LANGUAGES.has(item.language.toLowerCase())).length;
  return spoken > 0 && spoken >= languages.length / 2;
}

function splitSections(lines: string[]): { head: string[]; sections: Section[] } {
  const head: string[] = [];
  const sections: Section[] = [];
  const candidates = lines.map((raw) => (raw.trim() === '' ? undefined : detectSectionHeading(raw)));
  const styleCount = (style: SectionHeading['style']) =>
    candidates.filter((candidate) => candidate?.style === style).length;
  // A CV writes all its headings one way: when most are in capitals (or Markdown), a lone
  // "Volunteer" in ordinary case is a job title, not a heading.
  const caps = styleCount('caps');
  const markdown = styleCount('markdown');
  const plain = styleCount('plain');
  const strict = (caps >= 2 && caps > plain) || (markdown >= 2 && markdown > plain);
  for (const [index, raw] of lines.entries()) {
    const candidate = candidates[index];
    const heading = candidate && (!strict || candidate.style !== 'plain') ? candidate : undefined;
    if (heading) {
      sections.push({ kind: heading.kind, title: heading.title, lines: heading.rest ? [heading.rest] : [] });
      continue;
    }
    const line = stripMarkdown(raw);
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else head.push(line);
  }
  return { head, sections };
}

function paragraphText(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    text = text === '' ? line : joinWrapped(text, line);
  }
  return text;
}

function datedItems(lines: string[]): { text: string; date?: string }[] {
  return lines.flatMap((raw) => {
    const line = isBullet(raw) ? stripBullet(raw) : raw.trim();
    if (line === '' || line.split(/\s+/).length > 25) return [];
    const found = findDateRange(line);
    if (!found) return [{ text: line.replace(/\t+/g, ' ') }];
    const text = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`
      .replace(/\s*\t\s*/g, ' ')
      .replace(/^[\s,:;|–—-]+|[\s,:;|(–—-]+$/g, '')
      .replace(/\(\s*\)/g, '')
      .trim();
    const date = found.range.endDate ?? found.range.startDate;
    return text === '' ? [] : [{ text, ...(date ? { date } : {}) }];
  });
}

function projectsOf(lines: string[], wrapWidth: number): ResumeProject[] {
  const entries = splitEntries(lines, { wrapWidth });
  const onlyBullets = entries.every((entry) => entry.header.length === 0 && entry.bulletFlags.every(Boolean));
  if (entries.length > 0 && onlyBullets) {
    // "- Reporting platform: async ETL pipelines…": one project per bullet.
    return entries.flatMap((entry) =>
      entry.body.map((line) => {
        const named = /^([^:.]{2,60}):\s+(.+)$/.exec(line);
        return named ? { name: named[1]!.trim(), description: named[2]!.trim() } : { description: line };
      }),
    );
  }
  return entries.map(toProject).filter((project) => Object.keys(project).length > 0);
}

function compactResume(resume: Resume): Resume {
  return Object.fromEntries(
    Object.entries(resume).filter(
      ([, value]) => value !== undefined && (!Array.isArray(value) || value.length > 0),
    ),
  ) as Resume;
}

/**
 * Parses the text of a CV (from PDF, DOCX, Markdown or plain text) into a JSON Resume:
 * sections by their headings, then basics, work entries with dates and highlights, education,
 * skills lists, projects, certificates, languages and more.
 * @example parseCvText('Ada Lovelace\nada@example.com\n\nEXPERIENCE\nEngineer, Acme\tJan 2019 – Present\n• Built X')
 */
export function parseCvText(text: string): Resume {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .map((line) => (/^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$/.test(line) ? '' : line));
  const wrapWidth = Math.max(40, ...lines.map((line) => line.length));
  const { head, sections } = splitSections(lines);
  const basics = readBasics(head.length > 0 ? head : lines.slice(0, 8), text);

  const summaries: string[] = [];
  const resume: Required<
    Pick<
      Resume,
      | 'work'
      | 'education'
      | 'skills'
      | 'projects'
      | 'certificates'
      | 'languages'
      | 'awards'
      | 'volunteer'
      | 'publications'
      | 'interests'
    >
  > = {
    work: [],
    education: [],
    skills: [],
    projects: [],
    certificates: [],
    languages: [],
    awards: [],
    volunteer: [],
    publications: [],
    interests: [],
  };
  for (const section of sections) {
    const { lines: body } = section;
    switch (section.kind) {
      case 'summary':
        summaries.push(paragraphText(body));
        break;
      case 'experience':
        resume.work.push(...splitEntries(body, { wrapWidth }).map(toWork));
        break;
      case 'education':
        resume.education.push(...splitEntries(body, { wrapWidth }).map(toEducation));
        break;
      case 'skills': {
        const groups: ResumeSkill[] = parseSkillLines(body, section.title);
        for (const group of groups) {
          if (
            group.name &&
            SPOKEN_LANGUAGE_GROUP.test(group.name) &&
            areSpokenLanguages(group.keywords ?? [])
          ) {
            resume.languages.push(...parseLanguageItems((group.keywords ?? []).join(', ')));
          } else {
            resume.skills.push(group);
          }
        }
        break;
      }
      case 'projects':
        resume.projects.push(...projectsOf(body, wrapWidth));
        break;
      case 'certifications':
        resume.certificates.push(
          ...datedItems(body).map((item) => ({ name: item.text, ...(item.date ? { date: item.date } : {}) })),
        );
        break;
      case 'languages':
        resume.languages.push(...parseLanguageItems(body.filter((line) => line.trim() !== '').join('\n')));
        break;
      case 'awards':
        resume.awards.push(
          ...datedItems(body).map((item) => ({
            title: item.text,
            ...(item.date ? { date: item.date } : {}),
          })),
        );
        break;
      case 'volunteer':
        resume.volunteer.push(
          ...splitEntries(body, { wrapWidth })
            .map(toWork)
            .map(({ name, location: _location, ...rest }) => ({
              ...(name ? { organization: name } : {}),
              ...rest,
            })),
        );
        break;
      case 'publications':
        resume.publications.push(
          ...datedItems(body).map((item) => ({
            name: item.text,
            ...(item.date ? { releaseDate: item.date } : {}),
          })),
        );
        break;
      case 'interests':
        resume.interests.push(
          ...splitListItems(body.map((line) => (isBullet(line) ? stripBullet(line) : line)).join(', ')).map(
            (name) => ({ name }),
          ),
        );
        break;
      default:
        break;
    }
  }
  if (resume.languages.length === 0) {
    for (const line of lines) {
      const inline = INLINE_LANGUAGES.exec(line);
      if (inline) {
        resume.languages.push(...parseLanguageItems(inline[1]!));
        break;
      }
    }
  }
  const summary = summaries.filter(Boolean).join('\n\n');
  const { profiles, ...contact } = basics;
  return compactResume({
    basics: {
      ...contact,
      ...(summary ? { summary } : {}),
      ...(profiles.length > 0 ? { profiles } : {}),
    },
    ...resume,
  });
}
