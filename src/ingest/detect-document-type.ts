import { decodeText } from './decode-text.js';
import { readZipDirectory, ZipFormatError } from './zip-directory.js';

/** What a document's bytes are, judged from magic bytes and content, never from a file name. */
export type DocumentType = 'pdf' | 'docx' | 'json' | 'text' | 'unsupported';

/** How far into a file `%PDF-` may appear (readers accept some leading junk). */
const PDF_HEADER_WINDOW = 1024;
/** Bytes inspected to tell text from binary. */
const TEXT_SAMPLE_BYTES = 8192;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, PDF_HEADER_WINDOW);
  for (let i = 0; i <= limit; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

const KNOWN_BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // legacy Office (.doc)
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // RTF `{\rtf`
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV…)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function zipKind(bytes: Uint8Array): DocumentType {
  try {
    const names = readZipDirectory(bytes).map((entry) => entry.name);
    return names.includes('word/document.xml') ? 'docx' : 'unsupported';
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    // A damaged zip is most likely a damaged DOCX: let the DOCX reader explain what is wrong.
    return 'docx';
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  const isUtf16 = startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff]);
  if (!isUtf16 && sample.includes(0)) return true;
  const text = decodeText(sample);
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c;
    if (isControl || code === 0xfffd) suspicious++;
  }
  // Some bad bytes in a text file are fine (they decode to U+FFFD); a third of them is binary.
  return text.length > 0 && suspicious / text.length > 0.3;
}

function firstNonSpaceChar(text: string): string | undefined {
  return /\S/.exec(text.slice(0, 4096))?.[0];
}

/**
 * Tells what a document is from its bytes: PDF by `%PDF-`, DOCX by a zip holding
 * `word/document.xml`, JSON by a leading `{` (or a `[` that parses), otherwise text unless the
 * bytes are binary. Images, other zips and other binaries are `unsupported`.
 */
export function detectDocumentType(bytes: Uint8Array): DocumentType {
  if (bytes.length === 0) return 'text';
  if (hasPdfHeader(bytes)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'unsupported'; // empty zip
  if (KNOWN_BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'unsupported';
  if (looksBinary(bytes)) return 'unsupported';
  const text = decodeText(bytes);
  const first = firstNonSpaceChar(text);
  if (first === '{') return 'json';
  if (first === '[') {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'text';
    }
  }
  return 'text';
}
