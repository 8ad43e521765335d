import { GapwiseError } from '../errors/index.js';
import { type DocumentKind, documentLabel, unreadableCode } from './document-kind.js';
import { normalizeExtractedText } from './normalize-extracted-text.js';
import { layoutPageLines, type PositionedText } from './pdf-layout.js';
import { loadPdfJs } from './pdfjs-loader.js';

/** Text pulled from a PDF's text layer. */
export interface PdfText {
  text: string;
  pageCount: number;
}

function isNamedError(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

function toPositioned(item: unknown): PositionedText | undefined {
  if (typeof item !== 'object' || item === null || !('str' in item)) return undefined;
  const { str, transform, width } = item as { str: string; transform: number[]; width: number };
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform;
  // Font size is the length of the text matrix's vertical vector (handles scaled fonts).
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || 10;
  return { text: normalizeExtractedText(str), x, y, width, fontSize };
}

/**
 * Extracts the text layer of a PDF, page by page in reading order. Throws PDF_ENCRYPTED for a
 * password-protected file and CV_UNREADABLE / JOB_UNREADABLE for a damaged one.
 */
export async function extractPdfText(bytes: Uint8Array, kind: DocumentKind = 'cv'): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const label = documentLabel(kind);
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.map(toPositioned).filter((item) => item !== undefined);
      pages.push(layoutPageLines(items).join('\n'));
      page.cleanup();
    }
    return { text: pages.filter((page) => page !== '').join('\n\n'), pageCount: document.numPages };
  } catch (error) {
    if (isNamedError(error, 'PasswordException')) {
      throw new GapwiseError('PDF_ENCRYPTED', {
        message: `The ${label} PDF is password-protected, so its text cannot be read. Remove the password (print or export it to a new PDF) and upload it again.`,
        cause: error,
      });
    }
    throw new GapwiseError(unreadableCode(kind), {
      message: `The ${label} PDF is damaged and cannot be read. Export it again from the original document, or upload it as DOCX or plain text.`,
      cause: error,
    });
  } finally {
    await task.destroy();
  }
}
