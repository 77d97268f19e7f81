/**
 * Limits shared by client and server. Units are in the names. The server's effective values can be
 * overridden by configuration; these are the defaults.
 */

/** Largest websocket frame the server accepts; larger frames close the connection (4413). */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** Longest document id, in characters. */
export const MAX_DOCUMENT_ID_LENGTH = 64;
/** Number of update-log entries after which a document's log is compacted into one update. */
export const COMPACT_AFTER_UPDATES = 500;
/** Longest display name a person can choose, in characters. */
export const MAX_DISPLAY_NAME_LENGTH = 60;
/** Longest document title, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Maximum wait between reconnect attempts of the client, in milliseconds. */
export const RECONNECT_MAX_DELAY_MS = 5000;
/** How long the server waits for open connections to close on shutdown, in milliseconds. */
export const SHUTDOWN_GRACE_MS = 5000;
