import type { Evidence } from '../../domain/index.js';

/** Where a piece of evidence sits, in words: "your recent role at Acme", "your skills list". */
export function describeWhere(evidence: Evidence): string {
  const name = evidence.entryName?.trim();
  switch (evidence.section) {
    case 'work':
      if (evidence.strength === 'strong') return name ? `your recent role at ${name}` : 'a recent role';
      return name ? `your role at ${name}` : 'an earlier role';
    case 'projects':
      return name ? `your project "${name}"` : 'a project';
    case 'summary':
      return 'your profile summary';
    case 'skills':
      return 'your skills list';
    case 'education':
      return name ? `your education at ${name}` : 'your education';
    case 'certificates':
      return 'your certificates';
    case 'languages':
      return 'your languages';
    default:
      return 'your CV';
  }
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** Shortens a requirement's text for use inside a sentence. */
export function shorten(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
