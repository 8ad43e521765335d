/** Ingestion: CV and job documents in (PDF, DOCX, text, Markdown, JSON), typed data out. */
export { type DateRange, parseDateRange } from './date-range.js';
export { decodeText } from './decode-text.js';
export { type DocumentType, detectDocumentType } from './detect-document-type.js';
export { INGEST_LIMITS } from './ingest-limits.js';
export type { JobSource } from './job-source.js';
export { importJsonResume } from './json-resume-import.js';
export { parseCvText } from './parse-cv-text.js';
export { closePdfWorker } from './pdf-worker-client.js';
export { type ReadCvInput, readCv } from './read-cv.js';
export { type ReadJobInput, readJob } from './read-job.js';
export { resumeToPlainText } from './resume-plain-text.js';
