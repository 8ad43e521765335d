import { GapwiseError } from '../errors/index.js';

/** Limits of a numeric setting: whole numbers only unless `integer` is false; `min` defaults to 1. */
export interface EnvNumberLimits {
  integer?: boolean;
  min?: number;
  max?: number;
}

function invalidSetting(name: string, message: string): GapwiseError {
  return new GapwiseError('INVALID_CONFIG', { message, details: { variables: [name] } });
}

/**
 * A numeric setting, or undefined when it is unset or blank.
 * @throws GapwiseError INVALID_CONFIG naming the variable and the range it accepts.
 */
export function readOptionalEnvNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  { integer = true, min = 1, max = Number.MAX_SAFE_INTEGER }: EnvNumberLimits = {},
): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw invalidSetting(
      name,
      `${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}; got "${raw}".`,
    );
  }
  return value;
}

/**
 * A numeric setting with its default.
 * @throws GapwiseError INVALID_CONFIG naming the variable and the range it accepts.
 */
export function readEnvNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  limits: EnvNumberLimits = {},
): number {
  return readOptionalEnvNumber(env, name, limits) ?? fallback;
}

/**
 * A true/false setting (`true`, `false`, `1`, `0`, any case) with its default when unset or blank.
 * @throws GapwiseError INVALID_CONFIG for any other value.
 */
export function readEnvFlag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  const flag = raw?.trim().toLowerCase();
  if (!flag) return fallback;
  if (!['true', 'false', '1', '0'].includes(flag)) {
    throw invalidSetting(name, `${name} must be true or false; got "${raw}".`);
  }
  return flag === 'true' || flag === '1';
}
