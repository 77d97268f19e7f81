import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's state in an awareness update (`null`: the client left). */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: unknown;
}

/**
 * Reads an awareness update (count, then client id, clock and JSON state each — the layout of
 * `y-protocols/awareness`). Expects an update `decodeClientMessage` already validated.
 */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({
      clientId,
      clock,
      state: JSON.parse(decoding.readVarString(decoder)) as unknown,
    });
  }
  return entries;
}

/** Writes entries back in the same layout, for `applyAwarenessUpdate`. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
