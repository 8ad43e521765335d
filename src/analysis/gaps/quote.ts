const MAX_QUOTE = 160;

/**
 * The CV's own words around a match, clipped to one readable line: the whole passage when it is
 * short, otherwise a window around the match with ellipses.
 */
export function quoteAround(text: string, start: number, end: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_QUOTE) return clean;
  // Offsets refer to the original text; whitespace collapsing shifts them only slightly.
  const centre = Math.min(clean.length, Math.max(0, Math.round((start + end) / 2)));
  let from = Math.max(0, centre - MAX_QUOTE / 2);
  const to = Math.min(clean.length, from + MAX_QUOTE);
  from = Math.max(0, to - MAX_QUOTE);
  const head = from > 0 ? '…' : '';
  const tail = to < clean.length ? '…' : '';
  return `${head}${clean.slice(from, to).trim()}${tail}`;
}
