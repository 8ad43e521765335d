import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MetricsCollector } from '../../metrics/metrics-collector.js';

const WindowQuerySchema = z.object({
  windowMinutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60)
    .describe('How far back to summarise, in minutes (at most 24 h)'),
});

/**
 * What operators read: the dashboard summary, prompt and response cache figures, Prometheus.
 * Each HTTP request is also recorded as an operation named by its route (never its raw URL,
 * which carries session ids).
 */
export async function registerMetricsRoutes(app: FastifyInstance, metrics: MetricsCollector) {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (!route || route === '/metrics') return;
    metrics.recordOperation(`http ${request.method} ${route}`, reply.elapsedTime, reply.statusCode < 500);
  });

  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/metrics/dashboard',
    {
      schema: {
        tags: ['operations'],
        summary: 'Performance, cost, quality, caches and health over a time window',
        querystring: WindowQuerySchema,
        security: [],
      },
    },
    async (request) => metrics.dashboard(request.query.windowMinutes * 60_000),
  );
  routes.get(
    '/api/prompt-cache/stats',
    {
      schema: {
        tags: ['operations'],
        summary: 'Provider prompt-cache and response-cache figures per step and overall',
        querystring: WindowQuerySchema.partial(),
        security: [],
      },
    },
    async (request) =>
      metrics.promptCacheStats(
        request.query.windowMinutes ? request.query.windowMinutes * 60_000 : undefined,
      ),
  );
  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics', security: [] } },
    async (_, reply) => {
      const registry = metrics.prometheusRegistry();
      return reply.header('content-type', registry.contentType).send(await registry.metrics());
    },
  );
}
