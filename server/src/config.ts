import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_FILE_MAX_BYTES, DEFAULT_FILE_TYPES } from '@kring/shared';
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from './collab/CollabLimits.js';
import { LOG_LEVELS } from './logger.js';
import { DEFAULT_PASSWORD_COST } from './auth/passwords.js';
import { VERSION_INTERVAL_MINUTES } from './history/VersionRecorder.js';
import { DEFAULT_TRANSFER_MEMORY_MB, DEFAULT_TRANSFER_TIMEOUT_MS } from './transfer/limits.js';
import { parseOidcProviders, type OidcProviderConfig } from './auth/oidc/oidcProviderConfig.js';

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
  STORAGE_COMMIT_WINDOW_MS: integer('STORAGE_COMMIT_WINDOW_MS', 0, 1_000).default(4),
  TRANSFER_TIMEOUT_MS: integer('TRANSFER_TIMEOUT_MS', 100, 600_000).default(
    DEFAULT_TRANSFER_TIMEOUT_MS,
  ),
  TRANSFER_MEMORY_MB: integer('TRANSFER_MEMORY_MB', 64, 16_384).default(DEFAULT_TRANSFER_MEMORY_MB),
  HEARTBEAT_INTERVAL_MS: integer('HEARTBEAT_INTERVAL_MS', 50, 3_600_000).default(
    DEFAULT_COLLAB_LIMITS.heartbeatIntervalMs,
  ),
  PUBLIC_URL: z
    .url({ message: 'PUBLIC_URL must be an absolute http(s) URL' })
    .regex(/^https?:\/\/[^/]+\/?$/, 'PUBLIC_URL must be an origin like https://kring.example.org')
    .optional(),
  SIGNUP_EMAIL_DOMAINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter((d) => d !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[a-z0-9.-]+\.[a-z]{2,}$/,
            'SIGNUP_EMAIL_DOMAINS must list domains like example.org',
          ),
      ),
    )
    .default([]),
  OIDC_PROVIDERS: z.string().default('[]'),
  OIDC_ALLOW_INSECURE_HTTP: z
    .enum(['true', 'false'], { message: 'OIDC_ALLOW_INSECURE_HTTP must be true or false' })
    .default('false'),
  PASSWORD_HASH_COST: integer('PASSWORD_HASH_COST', 14, 20).default(DEFAULT_PASSWORD_COST),
  COOKIE_SECURE: z
    .enum(['auto', 'true', 'false'], { message: 'COOKIE_SECURE must be auto, true or false' })
    .default('auto'),
  TRUST_PROXY: z
    .enum(['true', 'false'], { message: 'TRUST_PROXY must be true or false' })
    .default('false'),
  AUTH_RATE_PER_MINUTE: integer('AUTH_RATE_PER_MINUTE', 1, 100_000).default(20),
  TRASH_RETENTION_DAYS: integer('TRASH_RETENTION_DAYS', 1, 3650).default(30),
  FILE_MAX_BYTES: integer('FILE_MAX_BYTES', 1024, 2 ** 40).default(DEFAULT_FILE_MAX_BYTES),
  FILE_TYPES: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/,
              'FILE_TYPES must list media types like application/pdf',
            ),
        )
        .refine((types) => !types.includes('image/svg+xml') && !types.includes('text/html'), {
          message: 'FILE_TYPES must not allow image/svg+xml or text/html (they can carry scripts)',
        }),
    )
    .optional(),
  VERSION_INTERVAL_MINUTES: integer('VERSION_INTERVAL_MINUTES', 1, 1440).default(
    VERSION_INTERVAL_MINUTES,
  ),
  SMTP_URL: z
    .url({ message: 'SMTP_URL must be a URL like smtp://user:password@host:587' })
    .regex(
      /^smtps?:\/\/[^/]+\/?(\?.*)?$/,
      'SMTP_URL must be a URL like smtp://user:password@host:587',
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]*$/, 'MAIL_FROM must be an address like Kring <kring@example.org>')
    .default('Kring <kring@localhost>'),
  MAIL_DIGEST_MINUTES: integer('MAIL_DIGEST_MINUTES', 1, 10_080).default(60),
});

/** Variables whose values never appear in error messages. */
const SECRET_VARIABLES = new Set(['SMTP_URL']);

/** Validated server configuration. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** How long a storage write waits for others to share its fsync'd batch (ms). */
  readonly storageCommitWindowMs: number;
  /** Time (ms) and heap (MiB) one import or export may use on the transfer worker. */
  readonly transfer: { readonly timeoutMs: number; readonly memoryMb: number };
  readonly clientDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly limits: CollabLimits;
  /** Origin users reach Kring at (links in invitations, OIDC redirects); null: the listen address. */
  readonly publicUrl: string | null;
  /** People with an email address in these domains may sign up without an invitation. */
  readonly signupEmailDomains: readonly string[];
  /** Configured OpenID Connect identity providers. */
  readonly oidcProviders: readonly OidcProviderConfig[];
  /** Allow identity providers on plain http (tests and local trials only). */
  readonly oidcAllowInsecureHttp: boolean;
  /** scrypt cost, log2(N). */
  readonly passwordHashCost: number;
  /** Whether session cookies are `Secure` (`auto`: when `publicUrl` is https). */
  readonly cookieSecure: boolean;
  /** Trust `X-Forwarded-For` from a reverse proxy for client addresses. */
  readonly trustProxy: boolean;
  /** Login, sign-up, reset, invitation and token requests allowed per client address per minute. */
  readonly authRatePerMinute: number;
  /** Days a page stays in its community's trash before it is purged for good. */
  readonly trashRetentionDays: number;
  /** At most one automatic version per document per this many minutes of editing. */
  readonly versionIntervalMinutes: number;
  /** Largest upload, in bytes. */
  readonly fileMaxBytes: number;
  /** Media types accepted for upload. */
  readonly fileTypes: readonly string[];
  /** Where mail goes out (`smtp://user:password@host:port`); null: Kring sends no mail. */
  readonly smtpUrl: string | null;
  /** The sender of Kring's mails. */
  readonly mailFrom: string;
  /** How often pending notification mail goes out as one digest per person (minutes). */
  readonly mailDigestMinutes: number;
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
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      // The SMTP URL may carry a password: never echo it.
      const got = SECRET_VARIABLES.has(key) ? 'a value not shown' : JSON.stringify(present[key]);
      return `  - ${issue.message} (got ${got})`;
    });
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  let oidcProviders: OidcProviderConfig[];
  try {
    oidcProviders = parseOidcProviders(c.OIDC_PROVIDERS);
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  - OIDC_PROVIDERS: ${(error as Error).message}`,
    );
  }
  const publicUrl = c.PUBLIC_URL?.replace(/\/$/, '') ?? null;
  return {
    publicUrl,
    signupEmailDomains: c.SIGNUP_EMAIL_DOMAINS,
    oidcProviders,
    oidcAllowInsecureHttp: c.OIDC_ALLOW_INSECURE_HTTP === 'true',
    passwordHashCost: c.PASSWORD_HASH_COST,
    cookieSecure:
      c.COOKIE_SECURE === 'auto'
        ? publicUrl?.startsWith('https:') === true
        : c.COOKIE_SECURE === 'true',
    trustProxy: c.TRUST_PROXY === 'true',
    authRatePerMinute: c.AUTH_RATE_PER_MINUTE,
    trashRetentionDays: c.TRASH_RETENTION_DAYS,
    versionIntervalMinutes: c.VERSION_INTERVAL_MINUTES,
    fileMaxBytes: c.FILE_MAX_BYTES,
    fileTypes: c.FILE_TYPES ?? DEFAULT_FILE_TYPES,
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    mailDigestMinutes: c.MAIL_DIGEST_MINUTES,
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    storageCommitWindowMs: c.STORAGE_COMMIT_WINDOW_MS,
    transfer: { timeoutMs: c.TRANSFER_TIMEOUT_MS, memoryMb: c.TRANSFER_MEMORY_MB },
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
