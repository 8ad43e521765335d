import type { ErrorCode } from '../errors/index.js';

/** Which document a reader is working on: error codes and messages name it. */
export type DocumentKind = 'cv' | 'job';

/** The word used for the document in messages. */
export function documentLabel(kind: DocumentKind): string {
  return kind === 'cv' ? 'CV' : 'job description';
}

/** The error code for a document that cannot be read at all. */
export function unreadableCode(kind: DocumentKind): ErrorCode {
  return kind === 'cv' ? 'CV_UNREADABLE' : 'JOB_UNREADABLE';
}
