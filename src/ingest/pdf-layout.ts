/**
 * Turns the positioned text pieces of one PDF page into lines in reading order: pieces are
 * grouped into lines by baseline, words are spaced by the gaps between pieces, and a two-column
 * layout (a clear vertical gutter with substantial text on both sides) is read left column
 * first, then right, band by band between any full-width lines.
 */

/** A piece of text at a position on the page (PDF units, y grows upwards). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  items: PositionedText[];
  y: number;
}

/** A gap wider than this many font sizes separates cells of a line (a tab in the output). */
const CELL_GAP_EM = 3;
/** A gap wider than this many font sizes is a space between words. */
const WORD_GAP_EM = 0.15;
/** Narrowest gutter, in PDF units, that can separate two columns. */
const MIN_GUTTER_WIDTH = 8;
/** The gutter of a two-column page lies at least this share of the text width from either edge. */
const MIN_COLUMN_SHARE = 0.22;

const RANGE_SEPARATOR_AT_END = /(?:[-–—]|\bto|\bbis)\s*$/i;
const DATE_FRAGMENT =
  /^(?:present|current|now|today|ongoing|heute|aktuell|jetzt|[a-zä]{3,9}\.?,?\s+\d{4}|\d{1,2}[/.]\d{4}|\d{4})$/i;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/|von)\s*\d{1,3})?$/i;

function right(item: PositionedText): number {
  return item.x + item.width;
}

function groupLines(items: PositionedText[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of sorted) {
    const tolerance = Math.max(1, item.fontSize * 0.5);
    if (current && Math.abs(current.y - item.y) <= tolerance) {
      current.items.push(item);
    } else {
      current = { items: [item], y: item.y };
      lines.push(current);
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A date range split over two lines ("June 2022 –" / "Present") in a narrow date column: the
 * second half is moved up beside the first so the range stays whole.
 */
function rejoinSplitDateRanges(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    for (const item of line.items) {
      if (!RANGE_SEPARATOR_AT_END.test(item.text)) continue;
      const drop = line.y - next.y;
      if (drop <= 0 || drop > item.fontSize * 2.5) continue;
      const tailIndex = next.items.findIndex(
        (candidate) =>
          candidate.x >= item.x - 5 &&
          candidate.x <= right(item) &&
          DATE_FRAGMENT.test(candidate.text.trim()),
      );
      if (tailIndex < 0) continue;
      const [tail] = next.items.splice(tailIndex, 1);
      item.text = `${item.text.trimEnd()} ${tail!.text.trim()}`;
      item.width = Math.max(item.width, right(tail!) - item.x);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function joinLine(line: Line): string {
  const { items } = line;
  // Letter-spaced text ("E X P E R I E N C E") puts every glyph apart: measure spaces against
  // the usual gap between single letters of this line instead of against zero.
  const letterGaps: number[] = [];
  for (let i = 1; i < items.length; i++) {
    if (items[i - 1]!.text.length === 1 && items[i]!.text.length === 1) {
      letterGaps.push(items[i]!.x - right(items[i - 1]!));
    }
  }
  const letterGap = letterGaps.length >= 4 ? Math.max(0, median(letterGaps)) : 0;
  let text = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (i > 0) {
      const previous = items[i - 1]!;
      const gap = item.x - right(previous);
      const em = Math.min(previous.fontSize, item.fontSize) || 10;
      if (gap > CELL_GAP_EM * em) text = `${text.trimEnd()}\t`;
      else if (gap > letterGap + WORD_GAP_EM * em && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
  }
  return text
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t ?/g, '\t')
    .trim();
}

interface Gutter {
  start: number;
  end: number;
}

function findGutter(items: PositionedText[]): Gutter | undefined {
  if (items.length < 6) return undefined;
  const minX = Math.min(...items.map((item) => item.x));
  const maxX = Math.max(...items.map(right));
  const width = maxX - minX;
  if (width < 200) return undefined;
  const binSize = 2;
  const bins = new Uint16Array(Math.ceil(width / binSize) + 1);
  for (const item of items) {
    const from = Math.floor((item.x - minX) / binSize);
    const to = Math.floor((right(item) - minX) / binSize);
    for (let bin = from; bin <= to; bin++) bins[bin] = (bins[bin] ?? 0) + 1;
  }
  // A few full-width lines (a centred name, a footer) may cross the gutter.
  const allowedCrossings = Math.max(1, Math.floor(items.length * 0.03));
  const firstBin = Math.floor((width * MIN_COLUMN_SHARE) / binSize);
  const lastBin = Math.ceil((width * (1 - MIN_COLUMN_SHARE)) / binSize);
  let best: Gutter | undefined;
  let runStart = -1;
  for (let bin = firstBin; bin <= lastBin + 1; bin++) {
    const open = bin <= lastBin && (bins[bin] ?? 0) <= allowedCrossings;
    if (open && runStart < 0) runStart = bin;
    if (!open && runStart >= 0) {
      const gutter = { start: minX + runStart * binSize, end: minX + bin * binSize };
      if (!best || gutter.end - gutter.start > best.end - best.start) best = gutter;
      runStart = -1;
    }
  }
  if (!best || best.end - best.start < MIN_GUTTER_WIDTH) return undefined;
  const middle = (best.start + best.end) / 2;
  const left = items.filter((item) => right(item) <= middle);
  const rightSide = items.filter((item) => item.x >= middle);
  // Both sides must hold several lines. A narrow date column beside the text never gets
  // here: the gutter is only searched for in the middle of the page.
  if (groupLines(left).length < 3 || groupLines(rightSide).length < 3) return undefined;
  return best;
}

function readColumns(items: PositionedText[], gutter: Gutter): Line[] {
  const middle = (gutter.start + gutter.end) / 2;
  const spanning = items.filter((item) => item.x < middle && right(item) > middle);
  const left = items.filter((item) => right(item) <= middle);
  const rightSide = items.filter((item) => item.x >= middle);
  const bandBreaks = groupLines(spanning);
  const leftLines = groupLines(left);
  const rightLines = groupLines(rightSide);
  const ordered: Line[] = [];
  let upper = Number.POSITIVE_INFINITY;
  // Full-width lines cut the page into bands; each band is read left column, then right.
  for (const band of [...bandBreaks, undefined]) {
    const lower = band ? band.y : Number.NEGATIVE_INFINITY;
    const inBand = (line: Line) => line.y < upper && line.y >= lower;
    ordered.push(...leftLines.filter(inBand), ...rightLines.filter(inBand));
    if (band) ordered.push(band);
    upper = lower;
  }
  return ordered;
}

/** The lines of one page in reading order, page numbers left out. */
export function layoutPageLines(items: PositionedText[]): string[] {
  const visible = items.filter((item) => item.text.trim() !== '');
  const gutter = findGutter(visible);
  const lines = gutter ? readColumns(visible, gutter) : groupLines(visible);
  rejoinSplitDateRanges(lines);
  return lines.map(joinLine).filter((text) => text !== '' && !PAGE_NUMBER.test(text));
}
