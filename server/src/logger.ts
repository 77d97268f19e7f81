import { pino, type Logger as PinoLogger } from 'pino';

/** The structured logger every server module receives. Never give it content, passwords or tokens. */
export type Logger = PinoLogger;

/** Log levels accepted by configuration. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A log level accepted by configuration. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Creates the JSON logger (one line per event on stdout). */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: 'kring' } });
}
