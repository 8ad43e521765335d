import type { ResumeSkill } from '../domain/index.js';
import { isBullet, stripBullet } from './cv-lines.js';
import { splitTopLevel } from './entry-header.js';

/**
 * Reads list sections: skills ("Languages: Python, Go", "React | Vue", bullets), spoken
 * languages ("Deutsch (C2), Englisch (C1)") and interests.
 */

const CATEGORY = /^([\p{L}][\p{L}\d /&()+.#–-]{0,40}?)\s*[:：]\s*(.*)$/u;
const LEVEL_WORDS =
  /^(?:native|fluent|proficient|advanced|intermediate|basic|beginner|expert|good|very good|professional|conversational|business|muttersprache|fließend|verhandlungssicher|sehr gut|gut|grundlagen|grundkenntnisse|[abc][12]|upper intermediate|elementary)/i;
/** Longest list item still taken as a skill keyword; longer ones are prose. */
const MAX_KEYWORD_WORDS = 6;

/** Joins list lines wrapped by the page width ("Google Cloud" + "Platform, Firebase"). */
function listItems(lines: string[]): string[] {
  const items: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      open = false;
      continue;
    }
    const bullet = isBullet(line);
    const text = bullet ? stripBullet(line) : line;
    const startsNew = bullet || CATEGORY.test(text) || text.includes('\t') || !open;
    if (startsNew) items.push(text);
    else items[items.length - 1] = `${items.at(-1)} ${text}`;
    open = !/[.]$/.test(text) && !text.includes('\t');
  }
  return items;
}

function cleanKeyword(item: string): string[] {
  const trimmed = item
    .replace(/^(?:and|und|&)\s+/i, '')
    .replace(/\s*(?:etc\.?|u\.\s?a\.?|…|\.\.\.)$/i, '')
    .replace(/[.;:]+$/, '')
    .trim();
  if (trimmed === '') return [];
  // "databases (MySQL, MongoDB)": the names in brackets are skills too; "(sehr gut)" is not.
  const inner: string[] = [];
  const outer = trimmed
    .replace(/\(([^)]*)\)/g, (_whole, content: string) => {
      if (/,/.test(content)) inner.push(...splitTopLevel(content).flatMap(cleanKeyword));
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  // "HTML5/CSS3" and "RabbitMQ/Kafka" are two skills; "CI/CD" and "UI/UX" are one.
  const pieces = outer.split('/');
  const split = pieces.length > 1 && pieces.every((piece) => piece.trim().length >= 4) ? pieces : [outer];
  return [...split.map((piece) => piece.trim()).filter(Boolean), ...inner];
}

/** Splits one list line into items at commas, semicolons, pipes, bullets and tabs. */
export function splitListItems(text: string): string[] {
  return splitTopLevel(text, /[,;|•·\t]/)
    .flatMap(cleanKeyword)
    .filter((item) => item.split(/\s+/).length <= MAX_KEYWORD_WORDS);
}

/** Skill groups from a skills section: one group per "Category: …" line, the rest under `defaultName`. */
export function parseSkillLines(lines: string[], defaultName?: string): ResumeSkill[] {
  const groups: ResumeSkill[] = [];
  const loose: string[] = [];
  for (const item of listItems(lines)) {
    const category = CATEGORY.exec(item);
    if (category && category[2]!.trim() !== '' && category[1]!.split(/\s+/).length <= 5) {
      const keywords = splitListItems(category[2]!);
      if (keywords.length > 0) groups.push({ name: category[1]!.trim(), keywords });
      continue;
    }
    loose.push(...splitListItems(item));
  }
  if (loose.length > 0) groups.unshift({ ...(defaultName ? { name: defaultName } : {}), keywords: loose });
  return groups;
}

/** Spoken languages: "Deutsch (C2)", "English – Native", "Spanish: fluent", "Fluent in Spanish". */
export function parseLanguageItems(text: string): { language: string; fluency?: string }[] {
  return splitTopLevel(text, /[,;|•·\t\n]/).flatMap((rawItem) => {
    const item = stripBullet(rawItem).replace(/\.$/, '').trim();
    if (item === '' || item.split(/\s+/).length > 6) return [];
    const fluentIn = /^(fluent|native|proficient|conversational|basic)\s+in\s+(.+)$/i.exec(item);
    if (fluentIn) return [{ language: fluentIn[2]!.trim(), fluency: fluentIn[1]! }];
    const bracket = /^(.+?)\s*\(([^)]+)\)$/.exec(item);
    if (bracket) return [{ language: bracket[1]!.trim(), fluency: bracket[2]!.trim() }];
    const separated = /^(.+?)\s*(?:[:–—-]|\s-\s)\s*(.+)$/.exec(item);
    if (separated && LEVEL_WORDS.test(separated[2]!)) {
      return [{ language: separated[1]!.trim(), fluency: separated[2]!.trim() }];
    }
    return [{ language: item }];
  });
}
