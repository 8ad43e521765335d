import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type DestinationStream, type Logger, pino } from 'pino';
import { type AppConfig, loadAppConfig } from '../config/app-config.js';
import { createMetricsCollector, responseCacheOutcomeRecorder } from '../metrics/index.js';
import { ResponseCache } from '../model-calls/response-cache.js';
import { createReasonerFromEnv } from '../reasoning/create-reasoner.js';
import { createGeminiContextCacheFromEnv } from '../reasoning/gemini-context-cache-from-env.js';
import { openStateBackend } from '../state/state-backend.js';
import { createInterviewService } from '../workflow/interview-service.js';
import { buildApp } from './app.js';
import { loggerOptions } from './logger-options.js';
import { createQualityMetricsRecorder } from './quality-metrics.js';
import type { ReadinessCheck } from './readiness.js';
import { RedisSessionEventHub } from './redis-session-event-hub.js';
import { registerMetricsRoutes } from './routes/metrics-routes.js';
import { registerWebUiRoutes } from './routes/web-ui-routes.js';
import { MemorySessionEventHub, type SessionEventHub } from './session-event-hub.js';

/** Where the built web UI is: dist/web beside the sources (tsx) or beside the compiled server. */
function webUiRoot(): string {
  const candidates = ['../../dist/web', '../../web'].map((path) =>
    fileURLToPath(new URL(path, import.meta.url)),
  );
  return candidates.find((path) => existsSync(path)) ?? candidates[0]!;
}

/** A running Gapwise server. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  config: AppConfig;
  /** The logger for what happens outside requests (start-up, stores); same redaction as request logs. */
  log: Logger;
  /** Stops accepting, lets in-flight requests finish (bounded), closes the stores. */
  close(): Promise<void>;
}

/** Options of `startServer` beside the environment. */
export interface StartServerOptions {
  /** Where the start-up logger writes (default stdout); tests capture it. */
  logDestination?: DestinationStream;
}

/**
 * Starts the HTTP server on the configuration in `env`: state backend (SQLite, or Redis when
 * `REDIS_URL` is set), reasoner (offline unless a model is configured), workflow, routes.
 * @throws GapwiseError INVALID_CONFIG or STORE_UNAVAILABLE before anything listens.
 */
export async function startServer(
  env: NodeJS.ProcessEnv = process.env,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const config = loadAppConfig(env);
  const log = options.logDestination
    ? pino(loggerOptions(config.LOG_LEVEL), options.logDestination)
    : pino(loggerOptions(config.LOG_LEVEL));
  const backend = await openStateBackend(config, {
    info: (message) => log.info(message),
    error: (message) => log.error(message),
  });
  const metrics = createMetricsCollector();
  // Owned here so that deleting a session also drops its cached model responses from memory.
  const responseCache = new ResponseCache({
    ...(backend.redis && { redis: backend.redis }),
    keyPrefix: config.REDIS_KEY_PREFIX,
    ttlSeconds: config.STATE_TTL_SECONDS,
    onOutcome: responseCacheOutcomeRecorder(metrics, { l2: backend.redis !== undefined }),
  });
  // Owned here too: deleting a session deletes its explicit cache at Gemini.
  const geminiContextCache = createGeminiContextCacheFromEnv(env, {
    ...(backend.redis && { redis: backend.redis }),
    keyPrefix: config.REDIS_KEY_PREFIX,
    log: (message) => log.warn(message),
    onStorage: (storage) => metrics.recordCacheStorage({ provider: 'google', ...storage }),
  });
  const reasoner = createReasonerFromEnv(env, {
    redis: backend.redis,
    responseCache,
    ...(geminiContextCache && { geminiContextCache }),
    log: (message) => log.warn(message),
    onUsage: (usage) => metrics.recordModelUsage(usage),
    onSpeculation: ({ step, outcome }) => metrics.recordSpeculation(step, outcome),
  });
  log.info(`reasoning: ${reasoner.name}`);
  metrics.setComponentHealth('store', backend.degradedReason ? 'degraded' : 'ok', backend.degradedReason);
  metrics.setComponentHealth('model', 'ok', reasoner.name);
  const events: SessionEventHub =
    backend.redis && backend.keyspace
      ? new RedisSessionEventHub({
          redis: backend.redis,
          keyspace: backend.keyspace,
          ttlSeconds: config.STATE_TTL_SECONDS,
          onError: (error) => log.warn(`progress event not shared: ${(error as Error).message}`),
        })
      : new MemorySessionEventHub();
  const recordQuality = createQualityMetricsRecorder(metrics);
  const service = createInterviewService({
    reasoner,
    checkpointer: backend.checkpointer,
    sessionStore: backend.sessionStore,
    deleteThreads: async (sessionId) => {
      responseCache.forgetSession(sessionId);
      // Before the session's keys go: it reads the cache names other servers recorded in Redis.
      await geminiContextCache?.forgetSession(sessionId);
      await backend.deleteThreads(sessionId);
    },
    onEvent: (event) => {
      events.publish(event);
      recordQuality(event);
    },
    config: {
      ttlSeconds: config.STATE_TTL_SECONDS,
      answerThreshold: config.ANSWER_THRESHOLD,
      maxDeepDiveRounds: config.MAX_DEEP_DIVE_ROUNDS,
      bulletThreshold: config.BULLET_THRESHOLD,
      maxRefinements: config.MAX_REFINEMENTS,
      maxQuestions: config.MAX_QUESTIONS,
    },
  });
  const readiness: Record<string, ReadinessCheck> = {
    store: async () => {
      try {
        await backend.sessionStore.ping();
      } catch (error) {
        metrics.setComponentHealth('store', 'down', (error as Error).message);
        throw error;
      }
      metrics.setComponentHealth('store', backend.degradedReason ? 'degraded' : 'ok', backend.degradedReason);
      return backend.degradedReason
        ? { name: 'store', status: 'degraded', detail: backend.degradedReason }
        : { name: 'store', status: 'healthy', detail: backend.kind };
    },
    model: async () => ({ name: 'model', status: 'healthy', detail: reasoner.name }),
  };
  const app = await buildApp(
    {
      config,
      service,
      reasoner,
      events,
      readiness,
      access: {
        verifyToken: (sessionId, token) => service.verifyToken(sessionId, token),
        wasExpired: async (sessionId) => (await backend.sessionStore.wasExpired?.(sessionId)) ?? false,
      },
    },
    {
      redis: backend.redis,
      extraRoutes: async (app) => {
        await registerMetricsRoutes(app, metrics);
        await registerWebUiRoutes(app, { root: webUiRoot() });
      },
    },
  );
  app.addHook('onClose', async () => {
    await events.close();
    await backend.close();
  });
  const url = await app.listen({ port: config.PORT, host: config.HOST });
  return {
    app,
    url,
    config,
    log,
    close: async () => {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.SHUTDOWN_TIMEOUT_MS).unref());
      await Promise.race([app.close(), timeout]);
    },
  };
}
