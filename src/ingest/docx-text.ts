import type { DocumentKind } from './document-kind.js';
import { type DocxLimits, readDocxParts } from './docx-archive.js';
import { docxXmlToLines } from './docx-xml-text.js';
import { normalizeExtractedText } from './normalize-extracted-text.js';

/**
 * Extracts the text of a DOCX: header text first (CVs often keep the name and contact details
 * there) when the body does not repeat it, then the body, one paragraph per line.
 */
export function extractDocxText(
  bytes: Uint8Array,
  options: { kind?: DocumentKind; limits?: DocxLimits } = {},
): string {
  const parts = readDocxParts(bytes, options);
  const body = docxXmlToLines(parts.document);
  const bodyText = new Set(body.map((line) => line.trim()));
  const headerLines = parts.headers
    .flatMap(docxXmlToLines)
    .filter((line) => line.trim() !== '' && !bodyText.has(line.trim()));
  const uniqueHeaderLines = [...new Set(headerLines)];
  const lines = uniqueHeaderLines.length > 0 ? [...uniqueHeaderLines, '', ...body] : body;
  return normalizeExtractedText(lines.join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
