/**
 * Limits shared by client and server. Units are in the names. Each server limit is the default of
 * a configuration variable of the same name (see the README's configuration table).
 */

/** Largest websocket frame the server accepts; a larger one closes the connection (4413). */
export const MAX_FRAME_BYTES = 32 * 1024 * 1024;
/** Largest a document may grow (encoded Yjs updates); an update beyond it is refused (4414). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Sustained messages per second one connection may send (token bucket refill rate). */
export const MAX_MESSAGES_PER_SECOND = 200;
/** Messages one connection may send in a burst above the sustained rate (token bucket size). */
export const MESSAGE_BURST = 1000;
/**
 * Bytes that may wait in one connection's send queue, on top of the document state sent when it
 * joined. A client that does not read beyond this is closed (4508) so server memory stays bounded.
 */
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;
/** Open connections one document may have; more are refused (4504). */
export const MAX_CONNECTIONS_PER_DOCUMENT = 500;
/** Open collaboration connections one server process may have; more are refused (4503). */
export const MAX_CONNECTIONS = 10_000;
/**
 * How often the server pings each connection, in milliseconds; one that has not answered the
 * previous ping is dropped, so vanished clients do not hold memory.
 */
export const HEARTBEAT_INTERVAL_MS = 30_000;
/**
 * Largest presence (awareness) state of one client, in bytes of its JSON: a name, colour and caret
 * need a few hundred. An update with a bigger state is refused whole and closes the connection
 * (4431), so no peer is ever sent it.
 */
export const MAX_AWARENESS_STATE_BYTES = 8 * 1024;
/** How often presence changes are merged and relayed, at most, in milliseconds. */
export const AWARENESS_FLUSH_MS = 50;
/** Longest document id, in characters. */
export const MAX_DOCUMENT_ID_LENGTH = 64;
/** Number of update-log entries after which a document's log is compacted into one update. */
export const COMPACT_AFTER_UPDATES = 500;
/** Longest display name a person can choose, in characters. */
export const MAX_DISPLAY_NAME_LENGTH = 60;
/** Largest uploaded file by default (`FILE_MAX_BYTES`), in bytes: 50 MiB. */
export const DEFAULT_FILE_MAX_BYTES = 50 * 1024 * 1024;
/** Largest image pasted or dropped into the editor, in bytes: 10 MiB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Content types accepted for upload unless `FILE_TYPES` says otherwise. */
export const DEFAULT_FILE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'text/markdown',
  'application/json',
  'application/zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
];
/** Longest file name kept, in characters. */
export const MAX_FILE_NAME_LENGTH = 200;

/** Longest document title, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Maximum wait between reconnect attempts of the client, in milliseconds. */
export const RECONNECT_MAX_DELAY_MS = 5000;
/** How long the server waits for pending writes on shutdown, in milliseconds. */
export const SHUTDOWN_GRACE_MS = 5000;
