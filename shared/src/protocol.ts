/**
 * Wire protocol of the collaboration websocket (`/collab/:documentId`).
 *
 * Every frame is a binary message that starts with a lib0 var-uint message type. Types 0–3 are the
 * standard y-websocket types; Kring adds its own above 99 so that stock clients can ignore them.
 * The full description is in `shared/PROTOCOL.md`.
 */

/** y-protocols sync message (sub-types: step 1, step 2, update). */
export const MESSAGE_SYNC = 0;
/** y-protocols awareness update (presence: names, colours, carets). */
export const MESSAGE_AWARENESS = 1;
/** y-websocket auth message (server → client permission denied). */
export const MESSAGE_AUTH = 2;
/** Client asks the server to send all known awareness states. */
export const MESSAGE_QUERY_AWARENESS = 3;
/**
 * Server → client: the state vector (Yjs `encodeStateVector` format) of what is durably stored
 * (fsync'd) for this document. A client whose own changes are covered by it may show "saved".
 */
export const MESSAGE_SAVED = 100;

/** Sub-types of {@link MESSAGE_SYNC}, as defined by `y-protocols/sync`. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** Path prefix of the collaboration websocket; the document id follows it. */
export const COLLAB_PATH_PREFIX = '/collab/';

/**
 * Kring extension, server → client: the connection's access to the document content, sent first
 * on every connection and again whenever it changes (a role is lowered or raised while connected).
 * Payload: varUint, {@link ACCESS_READ} or {@link ACCESS_WRITE}.
 */
export const MESSAGE_ACCESS = 101;
/** {@link MESSAGE_ACCESS} payload: updates sent on this connection are never applied. */
export const ACCESS_READ = 0;
/** {@link MESSAGE_ACCESS} payload: the connection may change the document. */
export const ACCESS_WRITE = 1;

/**
 * Kring extension, server → client: the document's metadata (title, updated at and by) was just
 * stored anew, so `GET /api/documents/:id` now answers fresh values. No payload. Sent to every
 * connection of the document at most once per metadata debounce (about a second), after edits by
 * anyone (including this connection) and after a version is restored.
 */
export const MESSAGE_METADATA_CHANGED = 102;

/**
 * Kring extension, server → client: the page's comment threads changed (a thread, reply, edit,
 * reaction, resolve or deletion), so `GET /api/documents/:id/comments` answers fresh threads. No
 * payload (who may read what is decided by that request). Sent to every connection of the page.
 */
export const MESSAGE_COMMENTS_CHANGED = 103;

/**
 * Query parameter of the collaboration URL that chooses which frames the server sends. Without it
 * a connection gets the Kring extensions (`access`, `saved`) too; with
 * `?frames=standard` ({@link FRAMES_STANDARD}) only standard y-websocket frames (types 0–3), so a
 * stock client logs nothing about unknown messages. Read-only is enforced by the server either way.
 * Any other value is refused at the upgrade (400).
 */
export const FRAMES_PARAM = 'frames';
/** {@link FRAMES_PARAM} value: standard y-websocket frames only. */
export const FRAMES_STANDARD = 'standard';
