import type { OfflinePullRequest, OfflinePullView, OfflinePulledDocument } from '@kring/shared';
import * as Y from 'yjs';
import type { Caller } from '../auth/Caller.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import type { CommunityService } from '../communities/CommunityService.js';
import type { DocumentDirectory } from '../documents/DocumentDirectory.js';
import type { DocumentStorage } from '../storage/DocumentStorage.js';
import { EMPTY_STATE_VECTOR, fromBase64, strictStateVector, toBase64 } from './yjsBytes.js';

/** A document's content as the server holds it, relative to a replica's state vector. */
interface Missing {
  readonly update: Uint8Array;
  readonly stateVector: Uint8Array;
}

/**
 * Batched pull of offline sync: for each page the caller may read, what their copy lacks. A page
 * that is open on the server is answered from memory (changes not yet on disk included, as the
 * websocket's sync does); any other straight from its stored log, without building a Y.Doc.
 *
 * A state vector that is not exactly one (garbage, trailing bytes) is answered as if the client
 * had nothing: the full state, which applies to any copy without harm. `missing` stays reserved
 * for pages the caller may not read, so a client can drop exactly those.
 */
export class OfflinePull {
  constructor(
    private readonly communities: CommunityService,
    private readonly documents: DocumentDirectory,
    private readonly storage: DocumentStorage,
    private readonly registry: DocumentRegistry,
  ) {}

  /** Answers a pull for community `slug`; 404 when the caller is not a member of it. */
  async pull(caller: Caller, slug: string, request: OfflinePullRequest): Promise<OfflinePullView> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const documents: OfflinePulledDocument[] = [];
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const { id, stateVector } of request.documents) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (!(await this.documents.isReadableIn(caller, id, community.id))) {
        missing.push(id);
        continue;
      }
      const vector = strictStateVector(fromBase64(stateVector)) ?? EMPTY_STATE_VECTOR;
      const state = await this.missingFrom(id, vector);
      documents.push({
        id,
        update: toBase64(state.update),
        stateVector: toBase64(state.stateVector),
      });
    }
    return { documents, missing };
  }

  private async missingFrom(id: string, stateVector: Uint8Array): Promise<Missing> {
    // A lease (not just a look) so the loaded document cannot be unloaded while it is read.
    if (this.registry.peek(id) !== undefined) {
      return this.registry.with(id, (document) => ({
        update: document.diffFor(stateVector),
        stateVector: document.stateVector(),
      }));
    }
    const log = await this.storage.loadUpdates(id);
    const stored = log.length === 1 ? log[0]! : Y.mergeUpdates(log);
    return {
      update: Y.diffUpdate(stored, stateVector),
      stateVector: Y.encodeStateVectorFromUpdate(stored),
    };
  }
}
