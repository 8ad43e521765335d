import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type CvDocument, type InterviewLanguage, parseInterviewLanguage } from '../domain/index.js';
import { GapwiseError } from '../errors/index.js';
import { type JobSource, readCv, readJob } from '../ingest/index.js';

/** `POST /api/sessions` as JSON: the CV as text or as a JSON Resume object, and the job text. */
export const CreateSessionJsonSchema = z
  .object({
    cvText: z.string().optional().describe('The CV as plain text or Markdown'),
    cvJson: z.record(z.string(), z.unknown()).optional().describe('The CV as a JSON Resume object'),
    jobText: z.string().describe('The job description as plain text or Markdown'),
    jobTitle: z.string().max(200).optional(),
    company: z.string().max(200).optional(),
    // A plain string, checked by parseInterviewLanguage: one clear message for JSON and multipart.
    language: z
      .string()
      .max(40)
      .optional()
      .describe('Interview language: "en" or "de"; leave out to follow the language of the CV and job'),
  })
  .refine((body) => body.cvText !== undefined || body.cvJson !== undefined, {
    message: 'send the CV as cvText (text) or cvJson (JSON Resume), or upload it as multipart field "cv"',
    path: ['cvText'],
  });
export type CreateSessionJson = z.infer<typeof CreateSessionJsonSchema>;

/** A new session's inputs after reading: the CV and the job. */
export interface SessionInput {
  cv: CvDocument;
  job: JobSource;
  jobTitle?: string;
  company?: string;
  /** The language the user asked for; absent: detected from the documents. */
  language?: InterviewLanguage;
}

const encoder = new TextEncoder();

/** Reads the JSON form of a new session. */
export async function readJsonSessionInput(body: CreateSessionJson, maxBytes: number): Promise<SessionInput> {
  // Checked before reading the documents: a wrong option should not wait for a PDF parse.
  const language = parseInterviewLanguage(body.language);
  const cvBytes = encoder.encode(body.cvJson ? JSON.stringify(body.cvJson) : (body.cvText ?? ''));
  const [cv, job] = await Promise.all([
    readCv({ bytes: cvBytes, maxBytes }),
    readJob({ bytes: encoder.encode(body.jobText), maxBytes }),
  ]);
  return { cv, job, jobTitle: body.jobTitle, company: body.company, ...(language ? { language } : {}) };
}

/**
 * Reads the multipart form of a new session: file `cv` (PDF, DOCX, text, JSON Resume — the type
 * is sniffed from the bytes, never trusted from the client), and the job as file `job` or text
 * field `jobText`, with optional `jobTitle`, `company` and `language` fields.
 */
export async function readMultipartSessionInput(
  request: FastifyRequest,
  maxBytes: number,
): Promise<SessionInput> {
  let cvBytes: Uint8Array | undefined;
  let jobBytes: Uint8Array | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = new Uint8Array(await part.toBuffer());
      if (part.fieldname === 'cv') cvBytes = bytes;
      else if (part.fieldname === 'job') jobBytes = bytes;
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  const language = parseInterviewLanguage(fields.language);
  if (!cvBytes && fields.cvText !== undefined) cvBytes = encoder.encode(fields.cvText);
  if (!jobBytes && fields.jobText !== undefined) jobBytes = encoder.encode(fields.jobText);
  if (!cvBytes) {
    throw new GapwiseError('BAD_REQUEST', {
      message: 'No CV in the upload: send the CV file as multipart field "cv" (or its text as "cvText").',
    });
  }
  if (!jobBytes) {
    throw new GapwiseError('BAD_REQUEST', {
      message: 'No job description: send it as text field "jobText" or as file field "job".',
    });
  }
  const [cv, job] = await Promise.all([
    readCv({ bytes: cvBytes, maxBytes }),
    readJob({ bytes: jobBytes, maxBytes }),
  ]);
  return {
    cv,
    job,
    jobTitle: fields.jobTitle,
    company: fields.company,
    ...(language ? { language } : {}),
  };
}
