/**
 * Named websocket close codes used by the Kring server.
 *
 * 4400–4499 mirror HTTP 4xx: the server decided that reconnecting cannot help, and the stock
 * y-websocket provider stops reconnecting. 4500–4599 mean "try again later" and 1001 is a server
 * going away: the client reconnects with backoff.
 */
export interface CloseReason {
  /** Websocket close code (RFC 6455 §7.4; 4000–4999 are private-use). */
  readonly code: number;
  /** Short, stable, machine-readable reason sent in the close frame (≤ 123 bytes). */
  readonly reason: string;
}

/** The frame could not be decoded (truncated, bad var-uint, bad Yjs update). */
export const CLOSE_MALFORMED_FRAME: CloseReason = { code: 4400, reason: 'malformed-frame' };
/** The frame's message type is not one the server accepts. */
export const CLOSE_UNKNOWN_MESSAGE_TYPE: CloseReason = {
  code: 4402,
  reason: 'unknown-message-type',
};
/** A text (non-binary) frame was sent. */
export const CLOSE_TEXT_FRAME: CloseReason = { code: 4406, reason: 'text-frame-not-supported' };
/** No, invalid, expired or revoked credentials: sign in again. */
export const CLOSE_UNAUTHORIZED: CloseReason = { code: 4401, reason: 'unauthorized' };
/** Signed in, but no access to this document (never reveals whether it exists). */
export const CLOSE_FORBIDDEN: CloseReason = { code: 4403, reason: 'forbidden' };
/** The document was deleted while connected. */
export const CLOSE_DOCUMENT_DELETED: CloseReason = { code: 4410, reason: 'document-deleted' };
/** The frame exceeds `MAX_FRAME_BYTES`. */
export const CLOSE_FRAME_TOO_LARGE: CloseReason = { code: 4413, reason: 'frame-too-large' };
/** Applying the update would grow the document beyond `MAX_DOCUMENT_BYTES`. */
export const CLOSE_DOCUMENT_TOO_LARGE: CloseReason = { code: 4414, reason: 'document-too-large' };
/** A presence (awareness) state exceeds `MAX_AWARENESS_STATE_BYTES`; nothing of it is relayed. */
export const CLOSE_PRESENCE_TOO_LARGE: CloseReason = { code: 4431, reason: 'presence-too-large' };
/** The server has `MAX_CONNECTIONS` open connections; try again later. */
export const CLOSE_SERVER_FULL: CloseReason = { code: 4503, reason: 'server-full' };
/** The document has `MAX_CONNECTIONS_PER_DOCUMENT` open connections; try again later. */
export const CLOSE_DOCUMENT_FULL: CloseReason = { code: 4504, reason: 'document-full' };
/** The client did not read: its send queue exceeded `MAX_QUEUED_BYTES`. Reconnect and resync. */
export const CLOSE_SLOW_CONSUMER: CloseReason = { code: 4508, reason: 'slow-consumer' };
/** The client sent more than `MAX_MESSAGES_PER_SECOND` (plus burst); back off and reconnect. */
export const CLOSE_RATE_LIMITED: CloseReason = { code: 4529, reason: 'rate-limited' };
/** The server is shutting down; reconnect later (standard "going away"). */
export const CLOSE_SERVER_SHUTDOWN: CloseReason = { code: 1001, reason: 'server-shutdown' };
/** The document could not be loaded from storage; transient, the client retries. */
export const CLOSE_LOAD_FAILED: CloseReason = { code: 4500, reason: 'document-load-failed' };

/** Every close reason by code, for logging and for clients that explain a close to the user. */
export const CLOSE_REASONS: readonly CloseReason[] = [
  CLOSE_MALFORMED_FRAME,
  CLOSE_UNKNOWN_MESSAGE_TYPE,
  CLOSE_TEXT_FRAME,
  CLOSE_UNAUTHORIZED,
  CLOSE_DOCUMENT_DELETED,
  CLOSE_FORBIDDEN,
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_PRESENCE_TOO_LARGE,
  CLOSE_SERVER_FULL,
  CLOSE_DOCUMENT_FULL,
  CLOSE_SLOW_CONSUMER,
  CLOSE_RATE_LIMITED,
  CLOSE_SERVER_SHUTDOWN,
  CLOSE_LOAD_FAILED,
];

/** True when a client should not reconnect after this close code (the 4400–4499 range). */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
