import type { CvDocument } from '../domain/index.js';
import { readDocumentText } from './document-text.js';
import { importJsonResume } from './json-resume-import.js';
import { looksLikeMarkdown } from './looks-like-markdown.js';
import { parseCvText } from './parse-cv-text.js';
import { parseJsonDocument } from './parse-json-document.js';
import { resumeToPlainText } from './resume-plain-text.js';

/** A CV upload: the raw bytes, and optionally a lower size limit than the 10 MB default. */
export interface ReadCvInput {
  bytes: Uint8Array;
  maxBytes?: number;
}

/**
 * Reads a CV from its bytes (PDF, DOCX, Markdown, plain text or JSON Resume; the type is
 * detected from the bytes) into a structured resume plus its plain text. Bad input raises a
 * GapwiseError with a stable code: FILE_TOO_LARGE, EMPTY_DOCUMENT, UNSUPPORTED_TYPE,
 * PDF_NO_TEXT, PDF_ENCRYPTED, CV_UNREADABLE, DOCX_TOO_LARGE.
 * @example const cv = await readCv({ bytes: await readFile('cv.pdf') });
 */
export async function readCv({ bytes, maxBytes }: ReadCvInput): Promise<CvDocument> {
  const document = await readDocumentText(bytes, {
    kind: 'cv',
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  if (document.type === 'json') {
    const value = parseJsonDocument(document.text, {
      code: 'CV_UNREADABLE',
      what: 'CV',
      instead: 'the CV as PDF, DOCX or text',
    });
    const resume = importJsonResume(value);
    return { sourceType: 'json-resume', resume, plainText: resumeToPlainText(resume) };
  }
  const plainText = document.text.replace(/\r\n?/g, '\n').trim();
  const sourceType =
    document.type === 'text' ? (looksLikeMarkdown(plainText) ? 'markdown' : 'text') : document.type;
  return { sourceType, resume: parseCvText(plainText), plainText };
}
