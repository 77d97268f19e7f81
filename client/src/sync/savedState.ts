import * as Y from 'yjs';

/** localStorage key of the server's durable state vector last known for a document. */
export function savedStateKey(id: string): string {
  return `kring:saved:${id}`;
}

/** A Yjs state vector: for each client id, the number of structs known from that client. */
export type StateVector = ReadonlyMap<number, number>;

/**
 * True when the local document holds changes, made in this browser, that the server has not
 * durably stored.
 *
 * @param localStateVector - state vector of the local Y.Doc.
 * @param savedStateVector - last state vector the server reported as stored, or null if none yet.
 * @param localClients - client ids whose changes originated in this browser (this session or an
 *   earlier one, loaded from IndexedDB).
 * @param pendingDeletions - true when a local delete-only change was made after the last
 *   saved-acknowledgement; deletions do not advance the state vector, so they are tracked apart.
 */
export function hasUnsavedChanges(
  localStateVector: StateVector,
  savedStateVector: StateVector | null,
  localClients: ReadonlySet<number>,
  pendingDeletions = false,
): boolean {
  if (pendingDeletions) return true;
  for (const clientId of localClients) {
    const localClock = localStateVector.get(clientId) ?? 0;
    if (localClock === 0) continue;
    const savedClock = savedStateVector?.get(clientId) ?? 0;
    if (localClock > savedClock) return true;
  }
  return false;
}

/** Client ids that created new structs in a Yjs (v1) update. Empty for delete-only updates. */
export function clientsWithStructsInUpdate(update: Uint8Array): number[] {
  const { from, to } = Y.parseUpdateMeta(update);
  const clients: number[] = [];
  for (const [clientId, end] of to) {
    if (end > (from.get(clientId) ?? 0)) clients.push(clientId);
  }
  return clients;
}

/** The state vector of a document as a map. */
export function stateVectorOf(doc: Y.Doc): StateVector {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/** Serialises a state vector for localStorage. */
export function serializeStateVector(stateVector: StateVector): string {
  return JSON.stringify([...stateVector.entries()]);
}

/** Parses {@link serializeStateVector} output; returns null for anything malformed. */
export function parseStateVector(raw: string | null): StateVector | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return null;
    const map = new Map<number, number>();
    for (const entry of value) {
      if (
        !Array.isArray(entry) ||
        entry.length !== 2 ||
        !Number.isSafeInteger(entry[0]) ||
        !Number.isSafeInteger(entry[1])
      ) {
        return null;
      }
      map.set(entry[0] as number, entry[1] as number);
    }
    return map;
  } catch {
    return null;
  }
}
