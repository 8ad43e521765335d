import { Inflate } from 'fflate';
import { GapwiseError } from '../errors/index.js';
import { type DocumentKind, documentLabel, unreadableCode } from './document-kind.js';
import { formatBytes, INGEST_LIMITS } from './ingest-limits.js';
import {
  entryCompressedBytes,
  isZip64Entry,
  readZipDirectory,
  type ZipEntry,
  ZipFormatError,
} from './zip-directory.js';

/** Limits on what a DOCX may expand to; see INGEST_LIMITS for the defaults. */
export interface DocxLimits {
  maxEntries: number;
  maxDeclaredBytes: number;
  maxPartBytes: number;
}

/** The XML parts of a DOCX that hold its text. */
export interface DocxParts {
  document: string;
  headers: string[];
}

const DEFAULT_LIMITS: DocxLimits = {
  maxEntries: INGEST_LIMITS.maxDocxEntries,
  maxDeclaredBytes: INGEST_LIMITS.maxDocxDeclaredBytes,
  maxPartBytes: INGEST_LIMITS.maxDocxPartBytes,
};

/** Compressed bytes fed to the inflater at a time, so a bomb is stopped early. */
const INFLATE_CHUNK = 64 * 1024;

const utf8 = new TextDecoder('utf-8');

function tooLarge(kind: DocumentKind, detail: string): GapwiseError {
  return new GapwiseError('DOCX_TOO_LARGE', {
    message: `The ${documentLabel(kind)} DOCX expands to more than a document should (${detail}); it may be a zip bomb. Save it again from your word processor, or upload it as PDF.`,
  });
}

function unreadable(kind: DocumentKind, detail: string, cause?: unknown): GapwiseError {
  return new GapwiseError(unreadableCode(kind), {
    message: `The ${documentLabel(kind)} DOCX is damaged and cannot be read (${detail}). Save it again from your word processor, or upload it as PDF.`,
    cause,
  });
}

/** Inflates one entry, counting the bytes actually produced: declared sizes can lie. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, kind: DocumentKind): Uint8Array {
  const compressed = entryCompressedBytes(bytes, entry);
  if (entry.compression === 0) {
    if (compressed.length > maxBytes) throw tooLarge(kind, `${entry.name} is over ${formatBytes(maxBytes)}`);
    return compressed;
  }
  if (entry.compression !== 8) throw unreadable(kind, `unknown compression method ${entry.compression}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(kind, `${entry.name} inflates past ${formatBytes(maxBytes)}`);
    chunks.push(chunk);
  });
  for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
    const end = Math.min(at + INFLATE_CHUNK, compressed.length);
    inflater.push(compressed.subarray(at, end), end === compressed.length);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Opens a DOCX safely: the entry count and the declared uncompressed sizes are checked before
 * anything is inflated, and the parts that are read are inflated with a cap on the bytes
 * actually produced. Throws DOCX_TOO_LARGE for a bomb and CV_UNREADABLE / JOB_UNREADABLE for a
 * file that is not a valid zip or has no document part.
 */
export function readDocxParts(
  bytes: Uint8Array,
  { kind = 'cv', limits = DEFAULT_LIMITS }: { kind?: DocumentKind; limits?: DocxLimits } = {},
): DocxParts {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError)
      throw unreadable(kind, `not a valid zip archive: ${error.message}`, error);
    throw error;
  }
  if (entries.length > limits.maxEntries) throw tooLarge(kind, `${entries.length} files inside`);
  if (entries.some(isZip64Entry)) throw tooLarge(kind, 'it declares parts of 4 GB or more');
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxDeclaredBytes) throw tooLarge(kind, `it declares ${formatBytes(declared)}`);

  const read = (entry: ZipEntry): string => {
    try {
      return utf8.decode(inflateEntry(bytes, entry, limits.maxPartBytes, kind));
    } catch (error) {
      if (error instanceof GapwiseError) throw error;
      throw unreadable(kind, `${entry.name} cannot be decompressed`, error);
    }
  };
  const documentEntry = entries.find((entry) => entry.name === 'word/document.xml');
  if (!documentEntry) throw unreadable(kind, 'it has no word/document.xml');
  const headers = entries
    .filter((entry) => /^word\/header\d*\.xml$/.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    .map(read);
  return { document: read(documentEntry), headers };
}
