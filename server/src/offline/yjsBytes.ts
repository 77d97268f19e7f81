import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** State vector of a replica that has nothing. */
export const EMPTY_STATE_VECTOR = new Uint8Array([0]);

/** Bytes of standard base64 (already checked against the request schema's alphabet). */
export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

/** Standard, padded base64 of binary Yjs data. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * The bytes as a state vector when they are exactly one (a count, then that many client/clock
 * pairs, nothing after); `null` otherwise. `Y.decodeStateVector` accepts trailing garbage and
 * would answer a diff against whatever it read.
 */
export function strictStateVector(bytes: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    return decoding.hasContent(decoder) ? null : bytes;
  } catch {
    return null;
  }
}

/** True when the bytes decode as a Yjs update (structs and delete set). */
export function isUpdate(bytes: Uint8Array): boolean {
  try {
    Y.decodeUpdate(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when `update` continues some client's changes past what `stateVector` has: the server
 * could not integrate it (Yjs would hold it back in memory, never storing it).
 */
export function lacksHistory(update: Uint8Array, stateVector: Uint8Array): boolean {
  const have = Y.decodeStateVector(stateVector);
  for (const [client, clock] of Y.parseUpdateMeta(update).from) {
    if (clock > (have.get(client) ?? 0)) return true;
  }
  return false;
}
