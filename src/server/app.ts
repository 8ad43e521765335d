import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { AppDeps } from './app-deps.js';
import { installErrorHandler } from './error-handler.js';
import { loggerOptions } from './logger-options.js';
import { registerAdmissionGate } from './register-admission-gate.js';
import { registerBatchGenerateRoute } from './routes/batch-generate-route.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerQuestionRoutes } from './routes/question-routes.js';
import { registerSessionEventsRoute } from './routes/session-events-route.js';
import { registerSessionRoutes } from './routes/session-routes.js';
import { registerSecurityHeaders } from './security-headers.js';

/** Extra wiring a running server adds around the core routes. */
export interface AppOptions {
  /** Shared rate-limit counters across servers when on Redis. */
  redis?: Redis;
  /** `false` silences request logs (tests). */
  logger?: boolean;
  /** Registers routes that live outside the core (metrics, web UI). */
  extraRoutes?: (app: FastifyInstance) => Promise<void>;
}

/**
 * Builds the HTTP API over the core: validation and OpenAPI from the same Zod schemas, one
 * error handler, security headers, per-client rate limits, upload limits, docs at `/docs`.
 */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.LOG_LEVEL),
    // A CV sent as JSON text may be as large as an uploaded file, plus the job and the envelope.
    bodyLimit: config.MAX_UPLOAD_BYTES + 256 * 1024,
    // Trust exactly the configured number of proxy hops: `true` would trust a forged X-Forwarded-For.
    trustProxy: (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS,
    requestTimeout: config.MODEL_TIMEOUT_MS * 2,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await registerSecurityHeaders(app);
  await app.register(rateLimit, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    ...(options.redis ? { redis: options.redis, nameSpace: `${config.REDIS_KEY_PREFIX}:rate:` } : {}),
    // Keep counting in memory when Redis is down rather than refusing every request.
    skipOnError: true,
  });
  registerAdmissionGate(app, {
    maxInFlight: config.SESSION_CREATION_CONCURRENCY,
    maxQueued: config.SESSION_CREATION_QUEUE,
    maxWaitMs: config.SESSION_CREATION_MAX_WAIT_MS,
  });
  await app.register(multipart, {
    limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 2, fields: 10, fieldSize: config.MAX_UPLOAD_BYTES },
    throwFileSizeLimit: true,
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Gapwise API',
        description:
          'Find what a job asks for that a CV does not show, interview the candidate for hidden experience, and write truthful CV content from their own words.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          sessionToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token returned when the session was created',
          },
        },
      },
      security: [{ sessionToken: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await registerHealthRoutes(app, { checks: deps.readiness });
  await registerSessionRoutes(app, deps);
  await registerQuestionRoutes(app, deps);
  await registerSessionEventsRoute(app, deps);
  await registerBatchGenerateRoute(app, { reasoner: deps.reasoner });
  if (options.extraRoutes) await options.extraRoutes(app);
  return app;
}
