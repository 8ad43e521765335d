/** Size limits applied to uploaded documents; each guards memory and CPU against hostile files. */
export const INGEST_LIMITS = {
  /** Largest document accepted, in bytes (10 MB). */
  maxDocumentBytes: 10 * 1024 * 1024,
  /** Most entries a DOCX zip may hold; real CVs have a few dozen. */
  maxDocxEntries: 1000,
  /** Largest total uncompressed size a DOCX may declare (images included). */
  maxDocxDeclaredBytes: 200 * 1024 * 1024,
  /** Largest XML part actually inflated (the document text lives in one such part). */
  maxDocxPartBytes: 25 * 1024 * 1024,
} as const;

/** Human-readable size for error messages: `10 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
