import type { ConnectionState } from '@kring/shared';

/** Failed attempts in a row after which the client shows "offline" instead of (re)connecting. */
export const FAILED_ATTEMPTS_BEFORE_OFFLINE = 3;

/** What the session knows about its websocket, from which the shown state is derived. */
export interface ConnectionFacts {
  /** `navigator.onLine`. */
  readonly browserOnline: boolean;
  /** The websocket is open. */
  readonly connected: boolean;
  /** A connection was open at some point in this session. */
  readonly everConnected: boolean;
  /** Connection attempts that failed or were lost since the last successful sync. */
  readonly failedAttempts: number;
  /** The server refused the document with a permanent close code. */
  readonly refused: boolean;
}

/** Derives the connection state shown to the user. */
export function deriveConnectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.connected) return 'connected';
  if (facts.refused || !facts.browserOnline) return 'offline';
  if (facts.failedAttempts >= FAILED_ATTEMPTS_BEFORE_OFFLINE) return 'offline';
  return facts.everConnected ? 'reconnecting' : 'connecting';
}
