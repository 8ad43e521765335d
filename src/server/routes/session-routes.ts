import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GapwiseError } from '../../errors/index.js';
import type { AppDeps } from '../app-deps.js';
import { creationStreamId, forwardCreationProgress, ProgressIdSchema } from '../creation-progress.js';
import { sessionTokenPreHandler } from '../session-auth.js';
import {
  CreateSessionJsonSchema,
  readJsonSessionInput,
  readMultipartSessionInput,
} from '../session-input.js';

export const SessionParamsSchema = z.object({ id: z.string().min(1).max(100) });

const TtlBodySchema = z
  .object({
    ttlSeconds: z
      .number()
      .int()
      .positive()
      .max(7 * 24 * 3600)
      .optional(),
  })
  .default({});

/** Creating, reading, extending and deleting sessions. */
export async function registerSessionRoutes(app: FastifyInstance, deps: AppDeps) {
  const { service, config } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Every route below `/api/sessions/:id` needs that session's token; creating one does not.
  const preHandler = sessionTokenPreHandler(deps.access);

  routes.post(
    '/api/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Create a session from a CV and a job description',
        description:
          'JSON body (cvText or cvJson, jobText, optional language) or multipart/form-data (file "cv": PDF, DOCX, text or JSON Resume; "jobText" or file "job"; optional "language"). The interview follows the language of the CV (else the job) unless `language` ("en" or "de") says otherwise; any other value is a 400. Returns the session id, its access token (shown once) and the gap report.',
        // Multipart requests have no JSON body: their parts are read in the handler.
        body: CreateSessionJsonSchema.nullish(),
        // To follow the creation as it runs: see GET /api/session-progress/{progressId}/events.
        querystring: z.object({ progressId: ProgressIdSchema.optional() }),
        consumes: ['application/json', 'multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart() && !request.body) {
        throw new GapwiseError('BAD_REQUEST', {
          message:
            'Send the CV and the job as JSON ({ cvText | cvJson, jobText }) or as multipart/form-data.',
        });
      }
      const { progressId } = request.query;
      if (progressId && (await deps.events.history(creationStreamId(progressId))).length > 0) {
        throw new GapwiseError('BAD_REQUEST', {
          message: 'This progressId was already used: choose a fresh random one for every new session.',
        });
      }
      const input = request.body
        ? await readJsonSessionInput(request.body, config.MAX_UPLOAD_BYTES)
        : await readMultipartSessionInput(request, config.MAX_UPLOAD_BYTES);
      const created = await service.createSession(
        {
          cv: input.cv,
          jobText: input.job.text,
          jobTitle: input.jobTitle ?? input.job.title,
          company: input.company ?? input.job.company,
          ...(input.language ? { language: input.language } : {}),
        },
        progressId ? { onProgress: forwardCreationProgress(deps.events, progressId) } : {},
      );
      return reply.status(201).send(created);
    },
  );

  routes.get(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'The session: report, questions and their states',
        params: SessionParamsSchema,
      },
      preHandler,
    },
    async (request) => {
      return service.getSession(request.params.id);
    },
  );

  routes.post(
    '/api/sessions/:id/ttl',
    {
      schema: {
        tags: ['sessions'],
        summary: "Extend the session's time to live",
        params: SessionParamsSchema,
        body: TtlBodySchema.optional(),
      },
      preHandler,
    },
    async (request) => {
      const ttlSeconds = request.body?.ttlSeconds ?? config.STATE_TTL_SECONDS;
      return service.extendTtl(request.params.id, ttlSeconds);
    },
  );

  routes.delete(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Delete the session and everything derived from it',
        params: SessionParamsSchema,
      },
      preHandler,
    },
    async (request, reply) => {
      await service.deleteSession(request.params.id);
      await deps.events.forget(request.params.id);
      return reply.status(204).send();
    },
  );
}
