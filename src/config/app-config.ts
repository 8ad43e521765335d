import { z } from 'zod';
import { GapwiseError } from '../errors/index.js';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Every setting Gapwise reads from the environment, with its default. Validated once at start;
 * a bad value stops the process with a message that names the variable.
 */
export const AppConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  GAPWISE_DATA_DIR: z.string().default('.gapwise'),
  REDIS_URL: z.url().optional(),
  /** What to do when REDIS_URL is set but Redis is unreachable at start. */
  /** Prefix of every Redis key, so that several deployments can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('gw'),
  /** How long one Redis command may take before the request gets 503 (a busy server reads replies late). */
  REDIS_COMMAND_TIMEOUT_MS: positiveInt(5000),
  REDIS_UNAVAILABLE_AT_START: z.enum(['refuse', 'embedded']).default('refuse'),
  STATE_TTL_SECONDS: positiveInt(3600),
  ANSWER_THRESHOLD: z.coerce.number().min(0).max(10).default(7),
  MAX_DEEP_DIVE_ROUNDS: z.coerce.number().int().min(0).max(10).default(2),
  BULLET_THRESHOLD: z.coerce.number().min(0).max(10).default(8),
  MAX_REFINEMENTS: z.coerce.number().int().min(0).max(10).default(3),
  MAX_QUESTIONS: positiveInt(10),
  MAX_UPLOAD_BYTES: positiveInt(10 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: positiveInt(600),
  /** Session creations (and batch generations) run at once per process; more wait in line. */
  SESSION_CREATION_CONCURRENCY: positiveInt(16),
  /** Creations allowed to wait for a slot; beyond that a request gets 503 SERVER_BUSY at once. */
  SESSION_CREATION_QUEUE: z.coerce.number().int().min(0).max(100_000).default(200),
  /** Longest a creation waits for a slot before it gets 503 SERVER_BUSY. */
  SESSION_CREATION_MAX_WAIT_MS: positiveInt(30_000),
  /** Number of proxy hops to trust for X-Forwarded-For; 0 trusts none. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  MODEL_TIMEOUT_MS: positiveInt(60_000),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated configuration. */
export type AppConfig = z.infer<typeof AppConfigSchema>;

/**
 * Reads and validates the configuration from `env`.
 * @throws GapwiseError INVALID_CONFIG naming each bad variable and what it accepts.
 */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.keys(AppConfigSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = AppConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new GapwiseError('INVALID_CONFIG', {
    message: `Invalid configuration — ${problems.join('; ')}. Fix the environment variable and start again.`,
    details: { variables: parsed.error.issues.map((issue) => issue.path.join('.')) },
  });
}
