import type { FastifyInstance } from 'fastify';
import { overallStatus, type ReadinessCheck, runReadinessChecks } from '../readiness.js';

/** `GET /health` (the process is alive) and `GET /ready` (each component with its status). */
export async function registerHealthRoutes(
  app: FastifyInstance,
  { checks }: { checks: Record<string, ReadinessCheck> },
) {
  app.get('/health', { schema: { tags: ['operations'], summary: 'Liveness' } }, async () => ({
    status: 'ok',
  }));
  app.get(
    '/ready',
    { schema: { tags: ['operations'], summary: 'Readiness with component status' } },
    async (_, reply) => {
      const components = await runReadinessChecks(checks);
      const status = overallStatus(components);
      return reply.status(status === 'unhealthy' ? 503 : 200).send({ status, components });
    },
  );
}
