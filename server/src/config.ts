import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './collab/CollabLimits.js';
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
  MAX_FRAME_BYTES: integer('MAX_FRAME_BYTES', 1024, 2 ** 30).default(
    DEFAULT_COLLAB_LIMITS.maxFrameBytes,
  ),
  MAX_DOCUMENT_BYTES: integer('MAX_DOCUMENT_BYTES', 1024, 2 ** 32).default(
    DEFAULT_COLLAB_LIMITS.maxDocumentBytes,
  ),
  MAX_MESSAGES_PER_SECOND: integer('MAX_MESSAGES_PER_SECOND', 1, 1_000_000).default(
    DEFAULT_COLLAB_LIMITS.maxMessagesPerSecond,
  ),
  MESSAGE_BURST: integer('MESSAGE_BURST', 1, 1_000_000).default(DEFAULT_COLLAB_LIMITS.messageBurst),
  MAX_QUEUED_BYTES: integer('MAX_QUEUED_BYTES', 1024, 2 ** 32).default(
    DEFAULT_COLLAB_LIMITS.maxQueuedBytes,
  ),
  MAX_CONNECTIONS_PER_DOCUMENT: integer('MAX_CONNECTIONS_PER_DOCUMENT', 1, 1_000_000).default(
    DEFAULT_COLLAB_LIMITS.maxConnectionsPerDocument,
  ),
  MAX_CONNECTIONS: integer('MAX_CONNECTIONS', 1, 10_000_000).default(
    DEFAULT_COLLAB_LIMITS.maxConnections,
  ),
  AWARENESS_FLUSH_MS: integer('AWARENESS_FLUSH_MS', 0, 10_000).default(
    DEFAULT_COLLAB_LIMITS.awarenessFlushMs,
  ),
  HEARTBEAT_INTERVAL_MS: integer('HEARTBEAT_INTERVAL_MS', 50, 3_600_000).default(
    DEFAULT_COLLAB_LIMITS.heartbeatIntervalMs,
  ),
});

/** Validated server configuration. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly clientDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly limits: CollabLimits;
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
    limits: {
      maxFrameBytes: c.MAX_FRAME_BYTES,
      maxDocumentBytes: c.MAX_DOCUMENT_BYTES,
      maxMessagesPerSecond: c.MAX_MESSAGES_PER_SECOND,
      messageBurst: c.MESSAGE_BURST,
      maxQueuedBytes: c.MAX_QUEUED_BYTES,
      maxConnectionsPerDocument: c.MAX_CONNECTIONS_PER_DOCUMENT,
      maxConnections: c.MAX_CONNECTIONS,
      awarenessFlushMs: c.AWARENESS_FLUSH_MS,
      heartbeatIntervalMs: c.HEARTBEAT_INTERVAL_MS,
    },
  };
}
