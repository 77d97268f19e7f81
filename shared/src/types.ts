import type { ApiErrorCode } from './api/errorCodes.js';

/** Connection state of a document's websocket, as shown to the user. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What a user needs to know about a document's sync state. */
export interface SyncStatus {
  /** The websocket's state. */
  readonly connection: ConnectionState;
  /** True once the document has been loaded (from IndexedDB or the server) and can be edited. */
  readonly loaded: boolean;
  /** True while this browser holds changes the server has not yet durably stored. */
  readonly hasUnsavedChanges: boolean;
  /** Close code of a permanent refusal by the server (4400–4499), or null. */
  readonly refusedWithCode: number | null;
}

/** Presence of one person in a document (the awareness `user` field). */
export interface PresenceUser {
  readonly name: string;
  /** CSS colour, `#rrggbb`. */
  readonly color: string;
}

/** Response body of `GET /api/health`. */
export interface HealthResponse {
  readonly status: 'ok';
  readonly version: string;
}

/** Error body of every failed `/api` request. */
export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string };
}
