import { GapwiseError } from '../errors/index.js';
import { decodeText } from './decode-text.js';
import { type DocumentType, detectDocumentType } from './detect-document-type.js';
import { type DocumentKind, documentLabel } from './document-kind.js';
import { extractDocxText } from './docx-text.js';
import { formatBytes, INGEST_LIMITS } from './ingest-limits.js';
import { extractPdfText } from './pdf-text.js';

/** The text of an uploaded document and what kind of file it was. */
export interface DocumentText {
  type: Exclude<DocumentType, 'unsupported'>;
  text: string;
}

/** Throws EMPTY_DOCUMENT when a document holds no visible text. */
export function assertHasText(text: string, kind: DocumentKind, what = 'document'): void {
  if (text.replace(/[\s\u00a0\u200b\ufeff]+/g, '') !== '') return;
  throw new GapwiseError('EMPTY_DOCUMENT', {
    message: `The ${documentLabel(kind)} ${what} is empty or holds only whitespace. Upload a ${documentLabel(kind)} with text in it.`,
  });
}

/**
 * Checks size and type, then extracts the text of a PDF, DOCX, JSON or text document. Throws
 * FILE_TOO_LARGE, UNSUPPORTED_TYPE, EMPTY_DOCUMENT, PDF_NO_TEXT and the readers' own errors.
 */
export async function readDocumentText(
  bytes: Uint8Array,
  { kind, maxBytes = INGEST_LIMITS.maxDocumentBytes }: { kind: DocumentKind; maxBytes?: number },
): Promise<DocumentText> {
  const label = documentLabel(kind);
  if (bytes.length > maxBytes) {
    throw new GapwiseError('FILE_TOO_LARGE', {
      message: `The ${label} file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit. Upload a smaller file (remove images, or save as plain text).`,
      details: { sizeBytes: bytes.length, maxBytes },
    });
  }
  if (bytes.length === 0) assertHasText('', kind, 'file');
  const type = detectDocumentType(bytes);
  switch (type) {
    case 'pdf': {
      const { text } = await extractPdfText(bytes, kind);
      if (text.trim() === '') {
        throw new GapwiseError('PDF_NO_TEXT', {
          message: `The ${label} PDF has no text layer: it looks scanned or exported as images. Upload the original document (DOCX or a PDF saved from it), or run it through OCR first.`,
        });
      }
      return { type, text };
    }
    case 'docx': {
      const text = extractDocxText(bytes, { kind });
      assertHasText(text, kind, 'DOCX');
      return { type, text };
    }
    case 'json':
    case 'text': {
      const text = decodeText(bytes);
      assertHasText(text, kind);
      return { type, text };
    }
    default:
      throw new GapwiseError('UNSUPPORTED_TYPE', {
        message: `The ${label} file is not a type Gapwise reads (it looks like an image, an archive or another binary file). Upload a PDF, DOCX, Markdown, plain-text${kind === 'cv' ? ' or JSON Resume' : ''} file.`,
      });
  }
}
