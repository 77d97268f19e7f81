import { z } from 'zod';
import { documentIdSchema } from '../schemas/documentId.js';
import { OFFLINE_BATCH_DOCUMENTS, OFFLINE_BATCH_MAX_BYTES } from './offlineViews.js';

/**
 * Offline sync of whole communities (M5): one manifest request says what changed since the
 * client's change clock; batched requests then move Yjs state between the server and the
 * browser's copies without one websocket per document.
 */

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

/** `POST /api/communities/:slug/offline/pull`: what the client has of each document. */
export const offlinePullRequestSchema = z.object({
  documents: z
    .array(z.object({ id: documentIdSchema, stateVector: base64Schema }))
    .min(1)
    .max(OFFLINE_BATCH_DOCUMENTS),
});
/** Body of an offline pull request. */
export type OfflinePullRequest = z.infer<typeof offlinePullRequestSchema>;

/** `POST /api/communities/:slug/offline/push`: updates made offline, one per document. */
export const offlinePushRequestSchema = z.object({
  documents: z
    .array(z.object({ id: documentIdSchema, update: base64Schema }))
    .min(1)
    .max(OFFLINE_BATCH_DOCUMENTS),
});
/** Body of an offline push request. */
export type OfflinePushRequest = z.infer<typeof offlinePushRequestSchema>;
