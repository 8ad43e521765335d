import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { sessionTokenPreHandler } from '../session-auth.js';

const QuestionParamsSchema = z.object({ id: z.string().min(1).max(100), qid: z.string().min(1).max(200) });

const AnswerBodySchema = z.object({
  answer: z.string().max(20_000).describe('The candidate’s answer, in their own words'),
  turn: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Answers already recorded for this question, as the client saw it; a mismatch gets 409'),
});

const DecisionBodySchema = z.object({
  action: z.enum(['accept', 'edit', 'reject']),
  text: z.string().min(1).max(1000).optional().describe('The edited bullet (action "edit")'),
});

/** Answering a question and deciding on the bullet it produced. */
export async function registerQuestionRoutes(app: FastifyInstance, deps: AppDeps) {
  const { service } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const preHandler = sessionTokenPreHandler(deps.access);

  routes.post(
    '/api/sessions/:id/questions/:qid/answers',
    {
      schema: {
        tags: ['interview'],
        summary: 'Submit an answer; returns its evaluation and the next step',
        description:
          'The next step is follow-up questions (the answer was thin), the generated bullet with its review, or true-gap advice. Concurrent submissions to one question: one wins, the other gets 409 ANSWER_CONFLICT.',
        params: QuestionParamsSchema,
        body: AnswerBodySchema,
      },
      preHandler,
    },
    async (request) => {
      return service.submitAnswer(request.params.id, request.params.qid, request.body);
    },
  );

  routes.post(
    '/api/sessions/:id/questions/:qid/decision',
    {
      schema: {
        tags: ['interview'],
        summary: 'Accept, edit or reject the generated bullet',
        description:
          'An edited bullet is checked for grounding again; an ungrounded edit is refused and nothing is saved.',
        params: QuestionParamsSchema,
        body: DecisionBodySchema,
      },
      preHandler,
    },
    async (request) => {
      return service.decide(request.params.id, request.params.qid, request.body);
    },
  );

  routes.get(
    '/api/sessions/:id/result',
    {
      schema: {
        tags: ['interview'],
        summary: 'The tailored CV (JSON Resume and Markdown) with the match score before and after',
        params: z.object({ id: z.string().min(1).max(100) }),
      },
      preHandler,
    },
    async (request) => {
      return service.getResult(request.params.id);
    },
  );
}
