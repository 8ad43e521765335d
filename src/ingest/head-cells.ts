/**
 * Splits a line of a CV's heading block into its cells: contact lines put several facts on one
 * line, separated by tabs, bars, bullets or dashes ("Ada Lovelace | ada@example.com | London, UK").
 */
export function cellsOf(line: string): string[] {
  return line
    .replace(/^#+\s*/, '')
    .split(/\t|\s[|•·]\s|\s[—–]\s|\s-\s/)
    .map((cell) => cell.replace(/\*\*/g, '').trim())
    .filter(Boolean);
}
