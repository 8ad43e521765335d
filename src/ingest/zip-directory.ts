/**
 * Reads a zip archive's central directory without inflating anything, so that the declared
 * sizes and the entry count can be checked before any byte is decompressed (zip-bomb defence).
 */

/** One entry as the central directory declares it. Sizes are what the archive claims. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  compression: number;
  compressedSize: number;
  /** Declared uncompressed size: archives can lie, so inflating must still be capped. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** Size fields set to this value mean "see the zip64 record": no DOCX needs zip64. */
const ZIP64_MARKER = 0xffffffff;

/** Thrown when the bytes are not a readable zip archive. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const utf8 = new TextDecoder('utf-8');

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('zip structure runs past the end of the file');
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipFormatError('zip structure runs past the end of the file');
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('no zip central directory found');
}

/** Lists the entries of a zip archive from its central directory. Throws ZipFormatError. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new ZipFormatError('too short to be a zip archive');
  const end = findEndOfCentralDirectory(bytes);
  const entryCount = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < entryCount; i++) {
    if (u32(bytes, at) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipFormatError('damaged zip central directory');
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength > bytes.length) throw new ZipFormatError('damaged zip central directory');
    entries.push({
      name: utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      compression: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** True when an entry uses zip64 size fields (sizes of 4 GB or more). */
export function isZip64Entry(entry: ZipEntry): boolean {
  return (
    entry.compressedSize === ZIP64_MARKER ||
    entry.uncompressedSize === ZIP64_MARKER ||
    entry.localHeaderOffset === ZIP64_MARKER
  );
}

/** The compressed bytes of one entry, located through its local file header. */
export function entryCompressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (u32(bytes, at) !== LOCAL_FILE_HEADER) throw new ZipFormatError(`damaged zip entry ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw new ZipFormatError(`zip entry ${entry.name} runs past the end of the file`);
  return bytes.subarray(start, stop);
}
