import type { OfflinePushRefusal, OfflinePushRequest, OfflinePushView } from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { ProtocolError } from '../collab/ProtocolError.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { documentResource, type DocumentDirectory } from '../documents/DocumentDirectory.js';
import { fromBase64, isUpdate, lacksHistory, toBase64 } from './yjsBytes.js';

/** What became of one pushed update. */
type Outcome =
  | { readonly id: string; readonly stateVector: string }
  | { readonly id: string; readonly reason: OfflinePushRefusal };

/**
 * Batched push of offline sync: each update is applied to the loaded document exactly like a
 * websocket edit of the caller (fanned out to everyone connected, credited to them, titles, links
 * and search follow), and answered only once it is on disk. Each update is decided on its own, so
 * one bad page never costs the others; all are stored concurrently, sharing synced writes.
 */
export class OfflinePush {
  constructor(
    private readonly communities: CommunityService,
    private readonly documents: DocumentDirectory,
    private readonly registry: DocumentRegistry,
    private readonly maxDocumentBytes: number,
  ) {}

  /** Answers a push for community `slug`; 404 when the caller is not a member of it. */
  async push(caller: Caller, slug: string, request: OfflinePushRequest): Promise<OfflinePushView> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const outcomes = await Promise.all(
      request.documents.map(({ id, update }) => this.pushOne(caller, community.id, id, update)),
    );
    const view: {
      saved: OfflinePushView['saved'][number][];
      refused: OfflinePushView['refused'][number][];
    } = { saved: [], refused: [] };
    for (const outcome of outcomes) {
      if ('reason' in outcome) view.refused.push(outcome);
      else view.saved.push(outcome);
    }
    return view;
  }

  private async pushOne(
    caller: Caller,
    communityId: string,
    id: string,
    encoded: string,
  ): Promise<Outcome> {
    const refuse = (reason: OfflinePushRefusal): Outcome => ({ id, reason });
    const record = await this.documents.byId(id);
    if (record === undefined || record.communityId !== communityId) return refuse('not_found');
    const resource = documentResource(record);
    // A trashed page says so only to those who could read it otherwise (existence must not leak).
    if (!can(caller.actor, 'document.read', { ...resource, deleted: false })) {
      return refuse('not_found');
    }
    if (resource.deleted) return refuse('deleted');
    if (!can(caller.actor, 'document.write', resource)) return refuse('read_only');
    const update = fromBase64(encoded);
    if (!isUpdate(update)) return refuse('invalid');
    if (update.byteLength > this.maxDocumentBytes) return refuse('too_large');
    return this.registry.with(id, async (document): Promise<Outcome> => {
      if (lacksHistory(update, document.stateVector())) return refuse('invalid');
      try {
        return { id, stateVector: toBase64(await document.applyFor(caller.actor.id, update)) };
      } catch (error) {
        return refuse(error instanceof ProtocolError ? 'too_large' : 'invalid');
      }
    });
  }
}
