import { GapwiseError } from '../errors/index.js';
import { type DocumentKind, documentLabel, unreadableCode } from './document-kind.js';
import { normalizeExtractedText } from './normalize-extracted-text.js';
import { layoutPageLines, type PositionedText } from './pdf-layout.js';
import { PdfWorkerError, type RawTextItem, readPdfTextItems } from './pdf-worker-client.js';

/** Text pulled from a PDF's text layer. */
export interface PdfText {
  text: string;
  pageCount: number;
}

function toPositioned([text, a, b, c, d, x, y, width]: RawTextItem): PositionedText {
  // Font size is the length of the text matrix's vertical vector (handles scaled fonts).
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || 10;
  return { text: normalizeExtractedText(text), x, y, width, fontSize };
}

/** Lines repeated at the top or bottom of most pages (running headers, footers) are dropped. */
function withoutPageFurniture(pages: string[][]): string[][] {
  if (pages.length < 2) return pages;
  const key = (line: string) => line.replace(/\d+/g, '#').trim();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(key));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const repeated = (line: string) => (counts.get(key(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) =>
    lines.filter((line, index) => !(index < 2 || index >= lines.length - 2) || !repeated(line)),
  );
}

/**
 * Extracts the text layer of a PDF, page by page in reading order. Throws PDF_ENCRYPTED for a
 * password-protected file and CV_UNREADABLE / JOB_UNREADABLE for a damaged one.
 */
export async function extractPdfText(bytes: Uint8Array, kind: DocumentKind = 'cv'): Promise<PdfText> {
  const label = documentLabel(kind);
  let rawPages: RawTextItem[][];
  try {
    rawPages = await readPdfTextItems(bytes);
  } catch (error) {
    if (error instanceof PdfWorkerError && error.pdfErrorName === 'PasswordException') {
      throw new GapwiseError('PDF_ENCRYPTED', {
        message: `The ${label} PDF is password-protected, so its text cannot be read. Remove the password (print or export it to a new PDF) and upload it again.`,
        cause: error,
      });
    }
    throw new GapwiseError(unreadableCode(kind), {
      message: `The ${label} PDF is damaged and cannot be read. Export it again from the original document, or upload it as DOCX or plain text.`,
      cause: error,
    });
  }
  const pages = withoutPageFurniture(rawPages.map((items) => layoutPageLines(items.map(toPositioned))));
  return {
    text: pages
      .map((lines) => lines.join('\n'))
      .filter((page) => page !== '')
      .join('\n\n')
      // A word hyphenated at a line break ("Angu-" / "lar.js") is mended.
      .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2'),
    pageCount: rawPages.length,
  };
}
