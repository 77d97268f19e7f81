import type { CommunityView, DocumentView, MemberView, TemplateView } from './views.js';

/**
 * Limits and answers of the offline sync (M5), without zod: the browser's sync imports these, and
 * the schemas in `offline.ts` stay out of its bundle.
 */

/** Most documents in one pull or push request. */
export const OFFLINE_BATCH_DOCUMENTS = 50;
/** Largest body of one pull or push request, in bytes (base64 updates included). */
export const OFFLINE_BATCH_MAX_BYTES = 8 * 1024 * 1024;

/** A template with its content, so a page can be made from it offline. */
export interface OfflineTemplateView extends TemplateView {
  /** Base64 Yjs update of the template's content (the same fields as a document). */
  readonly update: string;
}

/** Answer of `GET /api/communities/:slug/offline`. */
export interface OfflineManifestView {
  /**
   * Identifies the server's change clock; when it differs from the one a client kept, the client's
   * `since` means nothing and `full` is true.
   */
  readonly epoch: string;
  /** The change clock now: pass it as `since` next time. */
  readonly clock: number;
  /** True when `changed` lists every document (first sync, or a new epoch). */
  readonly full: boolean;
  readonly community: CommunityView;
  /** Every page of the community the caller may read and that is not in the trash. */
  readonly documents: readonly DocumentView[];
  /** Ids among `documents` whose content or metadata changed after `since`. */
  readonly changed: readonly string[];
  readonly members: readonly MemberView[];
  readonly templates: readonly OfflineTemplateView[];
}

/** One document's missing part, as the server has it. */
export interface OfflinePulledDocument {
  readonly id: string;
  /** Base64 Yjs update with what the client's state vector lacks. */
  readonly update: string;
  /** Base64 of the server's state vector of the document. */
  readonly stateVector: string;
}

/** Answer of an offline pull. */
export interface OfflinePullView {
  readonly documents: readonly OfflinePulledDocument[];
  /** Ids the caller may not read (unknown, trashed, restricted, other community). */
  readonly missing: readonly string[];
}

/** Why the server did not take a pushed update. */
export const OFFLINE_PUSH_REFUSALS = [
  'not_found',
  'read_only',
  'deleted',
  'invalid',
  'too_large',
] as const;
/** One of {@link OFFLINE_PUSH_REFUSALS}. */
export type OfflinePushRefusal = (typeof OFFLINE_PUSH_REFUSALS)[number];

/** Answer of an offline push; the updates in `saved` are on disk (fsync'd). */
export interface OfflinePushView {
  /** Durable state vector (base64) of each document after the push. */
  readonly saved: readonly { readonly id: string; readonly stateVector: string }[];
  readonly refused: readonly { readonly id: string; readonly reason: OfflinePushRefusal }[];
}
