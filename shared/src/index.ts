export {
  MESSAGE_SYNC,
  MESSAGE_AWARENESS,
  MESSAGE_AUTH,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVED,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  CLIENT_MESSAGE_TYPES,
  COLLAB_PATH_PREFIX,
} from './protocol.js';
export {
  type CloseReason,
  CLOSE_MALFORMED_FRAME,
  CLOSE_UNKNOWN_MESSAGE_TYPE,
  CLOSE_TEXT_FRAME,
  CLOSE_UNAUTHORIZED,
  CLOSE_FORBIDDEN,
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_SERVER_SHUTDOWN,
  CLOSE_LOAD_FAILED,
  CLOSE_REASONS,
  isPermanentClose,
} from './closeCodes.js';
export {
  MAX_FRAME_BYTES,
  MAX_DOCUMENT_ID_LENGTH,
  COMPACT_AFTER_UPDATES,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  RECONNECT_MAX_DELAY_MS,
  SHUTDOWN_GRACE_MS,
} from './limits.js';
export { documentIdSchema, type DocumentId, isDocumentId } from './schemas/documentId.js';
export type {
  ConnectionState,
  SyncStatus,
  PresenceUser,
  HealthResponse,
  ApiErrorBody,
} from './types.js';
