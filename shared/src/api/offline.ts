import { z } from 'zod';
import { documentIdSchema } from '../schemas/documentId.js';
import type { CommunityView, DocumentView, MemberView, TemplateView } from './views.js';

/**
 * Offline sync of whole communities (M5): one manifest request says what changed since the
 * client's change clock; batched requests then move Yjs state between the server and the
 * browser's copies without one websocket per document.
 */

/** Most documents in one pull or push request. */
export const OFFLINE_BATCH_DOCUMENTS = 50;
/** Largest body of one pull or push request, in bytes (base64 updates included). */
export const OFFLINE_BATCH_MAX_BYTES = 8 * 1024 * 1024;

/** Base64 (standard alphabet, padded) of binary Yjs data: a state vector or an update. */
const base64Schema = z
  .string()
  .max(OFFLINE_BATCH_MAX_BYTES)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

/**
 * `GET /api/communities/:slug/offline?epoch=E&since=N`. Without `epoch`/`since`, or with an epoch
 * that is not the server's current one, every document counts as changed (`full: true`).
 */
export const offlineManifestQuerySchema = z.object({
  epoch: z.string().max(64).optional(),
  since: z.coerce.number().int().min(0).optional(),
});

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

/** `POST /api/communities/:slug/offline/pull`: what the client has of each document. */
export const offlinePullRequestSchema = z.object({
  documents: z
    .array(z.object({ id: documentIdSchema, stateVector: base64Schema }))
    .min(1)
    .max(OFFLINE_BATCH_DOCUMENTS),
});
/** Body of an offline pull request. */
export type OfflinePullRequest = z.infer<typeof offlinePullRequestSchema>;

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

/** `POST /api/communities/:slug/offline/push`: updates made offline, one per document. */
export const offlinePushRequestSchema = z.object({
  documents: z
    .array(z.object({ id: documentIdSchema, update: base64Schema }))
    .min(1)
    .max(OFFLINE_BATCH_DOCUMENTS),
});
/** Body of an offline push request. */
export type OfflinePushRequest = z.infer<typeof offlinePushRequestSchema>;

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
