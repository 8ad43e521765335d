import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { detectInterviewLanguage } from '../../analysis/document-language.js';
import {
  type Gap,
  GapSchema,
  JobSchema,
  PrioritySchema,
  parseInterviewLanguage,
  QuestionSchema,
  RequirementKindSchema,
  ResumeSchema,
} from '../../domain/index.js';
import { resumeToPlainText } from '../../ingest/index.js';
import type { Reasoner } from '../../reasoning/reasoner.js';

/** A gap as a caller without our analysis may send it: just what is missing, and how much it matters. */
const SimpleGapSchema = z.object({
  id: z.string().min(1).optional(),
  requirement: z.string().min(1).max(500),
  kind: RequirementKindSchema.default('skill'),
  priority: PrioritySchema.default('IMPORTANT'),
  keywords: z.array(z.string()).default([]),
});

function toGap(gap: Gap | z.infer<typeof SimpleGapSchema>, index: number): Gap {
  if (typeof gap.requirement !== 'string') return gap as Gap;
  const simple = gap as z.infer<typeof SimpleGapSchema>;
  const id = simple.id ?? `gap-${index + 1}`;
  return {
    id,
    requirement: {
      id,
      text: simple.requirement,
      kind: simple.kind,
      priority: simple.priority,
      keywords: simple.keywords.length > 0 ? simple.keywords : [simple.requirement],
    },
    status: 'missing',
    coverage: 0,
    evidence: [],
    reason: 'Given by the caller.',
  };
}

const LenientJobSchema = JobSchema.extend({
  requirements: JobSchema.shape.requirements.default([]),
  rawText: z.string().default(''),
});

/** The request in either field style: `parsed_cv` / `parsedCv`, `max_questions` / `maxQuestions`. */
const BatchRequestSchema = z
  .object({
    gaps: z
      .array(z.union([GapSchema, SimpleGapSchema]))
      .min(1)
      .max(50),
    parsed_cv: ResumeSchema.optional(),
    parsedCv: ResumeSchema.optional(),
    parsed_jd: LenientJobSchema.optional(),
    parsedJd: LenientJobSchema.optional(),
    language: z
      .string()
      .max(40)
      .optional()
      .describe('"en" or "de"; leave out to follow the language of the CV and job'),
    max_questions: z.number().int().min(1).max(50).optional(),
    maxQuestions: z.number().int().min(1).max(50).optional(),
  })
  .refine((body) => body.parsed_cv ?? body.parsedCv, { message: 'parsed_cv (or parsedCv) is required' })
  .refine((body) => body.parsed_jd ?? body.parsedJd, { message: 'parsed_jd (or parsedJd) is required' });

const BatchResponseSchema = z.object({
  success: z.boolean(),
  questions: z.array(QuestionSchema),
  total_questions: z.number().int(),
  time_seconds: z.number(),
});

/**
 * `POST /api/adaptive-questions/batch-generate`: stateless question generation for a list of
 * gaps, all generated in parallel (wall time close to one model call, not N).
 */
export async function registerBatchGenerateRoute(app: FastifyInstance, { reasoner }: { reasoner: Reasoner }) {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/adaptive-questions/batch-generate',
    {
      schema: {
        tags: ['questions'],
        summary: 'Generate one adaptive question per gap, in parallel (stateless)',
        body: BatchRequestSchema,
        response: { 200: BatchResponseSchema },
      },
    },
    async (request) => {
      const started = performance.now();
      const body = request.body;
      const resume = (body.parsed_cv ?? body.parsedCv)!;
      const job = (body.parsed_jd ?? body.parsedJd)!;
      const limit = body.max_questions ?? body.maxQuestions ?? body.gaps.length;
      const cv = { sourceType: 'json-resume' as const, resume, plainText: resumeToPlainText(resume) };
      const language =
        parseInterviewLanguage(body.language) ??
        detectInterviewLanguage({ cvText: cv.plainText, jobText: job.rawText });
      const context = { sessionId: 'batch', cv, job, language };
      const questions = await Promise.all(
        body.gaps
          .slice(0, limit)
          .map((gap, index) => reasoner.generateQuestion({ context, gap: toGap(gap, index) })),
      );
      return {
        success: true,
        questions,
        total_questions: questions.length,
        time_seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
      };
    },
  );
}
