import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MAX_FRAME_BYTES } from '@kring/shared';
import { LOG_LEVELS } from './logger.js';

/** The built client shipped beside the server in this repository. */
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));

const integer = (name: string, min: number, max: number) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** Environment variables Kring reads, with their defaults. Documented in the README. */
const configSchema = z.object({
  PORT: integer('PORT', 0, 65535).default(8080),
  HOST: z.string().min(1, 'HOST must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'DATA_DIR must not be empty').default('./data'),
  CLIENT_DIR: z.string().min(1, 'CLIENT_DIR must not be empty').default(DEFAULT_CLIENT_DIR),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  MAX_FRAME_BYTES: integer('MAX_FRAME_BYTES', 1024, 1024 * 1024 * 1024).default(MAX_FRAME_BYTES),
});

/** Validated server configuration. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly clientDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly maxFrameBytes: number;
}

/** Bad configuration; the message names every offending variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads configuration from environment variables. Unset and empty variables take their defaults.
 * @throws {ConfigError} listing every invalid value.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? [] : [[key, value.trim()]];
    }),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.message} (got ${JSON.stringify(present[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    clientDir: c.CLIENT_DIR,
    logLevel: c.LOG_LEVEL,
    maxFrameBytes: c.MAX_FRAME_BYTES,
  };
}
