import { assertHasText, readDocumentText } from './document-text.js';
import type { JobSource } from './job-source.js';
import { jsonJobToText } from './json-job-text.js';
import { looksLikeMarkdown } from './looks-like-markdown.js';
import { parseJsonDocument } from './parse-json-document.js';

/** A job description upload: the raw bytes, and optionally a lower size limit than 10 MB. */
export interface ReadJobInput {
  bytes: Uint8Array;
  maxBytes?: number;
}

function firstLineTitle(text: string): string | undefined {
  const first = text
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .replace(/\*\*/g, '')
        .trim(),
    )
    .find((line) => line !== '');
  const title = first
    ?.replace(
      /^(?:job description|job title|job posting|position|role|stellenbeschreibung|stellenanzeige)\s*[:–—-]\s*/i,
      '',
    )
    .replace(/\s*\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|all genders)\)/i, '')
    .trim();
  return title && title.length <= 80 && !/[.:]$/.test(title) ? title : undefined;
}

/**
 * Reads a job description from its bytes: PDF, DOCX, plain text / Markdown, or the JSON Resume
 * job schema (turned into text with Responsibilities / Qualifications / Skills headings).
 * Throws EMPTY_DOCUMENT for an empty posting and the document errors of readCv.
 * @example const job = await readJob({ bytes: Buffer.from('Senior Engineer\n\nRequirements\n- Go') });
 */
export async function readJob({ bytes, maxBytes }: ReadJobInput): Promise<JobSource> {
  const document = await readDocumentText(bytes, {
    kind: 'job',
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  if (document.type === 'json') {
    const value = parseJsonDocument(document.text, {
      code: 'JOB_UNREADABLE',
      what: 'job description',
      instead: 'the posting as text',
    });
    const job = jsonJobToText(value);
    assertHasText(job.text, 'job');
    return { ...job, sourceType: 'json' };
  }
  const text = document.text.replace(/\r\n?/g, '\n').trim();
  const sourceType =
    document.type === 'text' ? (looksLikeMarkdown(text) ? 'markdown' : 'text') : document.type;
  const title = firstLineTitle(text);
  return { text, ...(title ? { title } : {}), sourceType };
}
