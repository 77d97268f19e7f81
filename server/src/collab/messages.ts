import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  ACCESS_READ,
  ACCESS_WRITE,
  MESSAGE_ACCESS,
  MESSAGE_METADATA_CHANGED,
  MESSAGE_COMMENTS_CHANGED,
  type DocumentAccess,
  CLOSE_MALFORMED_FRAME,
  CLOSE_PRESENCE_TOO_LARGE,
  CLOSE_UNKNOWN_MESSAGE_TYPE,
  MAX_AWARENESS_STATE_BYTES,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SAVED,
  MESSAGE_SYNC,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
} from '@kring/shared';
import { ProtocolError } from './ProtocolError.js';

/** A decoded, validated frame from a client. */
export type ClientMessage =
  | { readonly kind: 'sync-step-1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'sync-step-2'; readonly update: Uint8Array }
  | { readonly kind: 'sync-update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'query-awareness' };

function malformed(detail: string): ProtocolError {
  return new ProtocolError(CLOSE_MALFORMED_FRAME, detail);
}

function readPayload(decoder: decoding.Decoder, what: string): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw malformed(`truncated ${what}`);
  }
}

function assertFullyRead(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes after message');
}

function assertValidUpdate(update: Uint8Array): void {
  try {
    // Decoding the whole update before applying it means a corrupt update is refused instead of
    // being half-integrated into the shared document.
    Y.decodeUpdate(update);
  } catch {
    throw malformed('invalid Yjs update');
  }
}

function assertValidStateVector(stateVector: Uint8Array): void {
  try {
    const decoder = decoding.createDecoder(stateVector);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    assertFullyRead(decoder);
  } catch {
    throw malformed('invalid state vector');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function assertValidAwarenessUpdate(update: Uint8Array): void {
  let largestState = 0;
  try {
    // Same layout y-protocols/awareness reads: count, then (client id, clock, JSON state) each.
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      const state = decoding.readVarUint8Array(decoder);
      largestState = Math.max(largestState, state.byteLength);
      // Measured before parsing: a huge state costs no JSON work.
      if (largestState > MAX_AWARENESS_STATE_BYTES) break;
      JSON.parse(utf8.decode(state));
    }
    if (largestState <= MAX_AWARENESS_STATE_BYTES) assertFullyRead(decoder);
  } catch {
    throw malformed('invalid awareness update');
  }
  if (largestState > MAX_AWARENESS_STATE_BYTES) {
    throw new ProtocolError(
      CLOSE_PRESENCE_TOO_LARGE,
      `presence state over ${MAX_AWARENESS_STATE_BYTES} bytes`,
    );
  }
}

function decodeSyncMessage(decoder: decoding.Decoder): ClientMessage {
  let subType: number;
  try {
    subType = decoding.readVarUint(decoder);
  } catch {
    throw malformed('missing sync message type');
  }
  const payload = readPayload(decoder, 'sync payload');
  assertFullyRead(decoder);
  switch (subType) {
    case SYNC_STEP_1:
      assertValidStateVector(payload);
      return { kind: 'sync-step-1', stateVector: payload };
    case SYNC_STEP_2:
      assertValidUpdate(payload);
      return { kind: 'sync-step-2', update: payload };
    case SYNC_UPDATE:
      assertValidUpdate(payload);
      return { kind: 'sync-update', update: payload };
    default:
      throw new ProtocolError(CLOSE_UNKNOWN_MESSAGE_TYPE, `sync message type ${subType}`);
  }
}

/**
 * Decodes and validates one binary frame from a client. Pure: no document or socket is touched.
 * @throws {ProtocolError} for anything the server does not accept.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  let type: number;
  try {
    type = decoding.readVarUint(decoder);
  } catch {
    throw malformed('empty frame or bad message type');
  }
  switch (type) {
    case MESSAGE_SYNC:
      return decodeSyncMessage(decoder);
    case MESSAGE_AWARENESS: {
      const update = readPayload(decoder, 'awareness update');
      assertFullyRead(decoder);
      assertValidAwarenessUpdate(update);
      return { kind: 'awareness', update };
    }
    case MESSAGE_QUERY_AWARENESS:
      assertFullyRead(decoder);
      return { kind: 'query-awareness' };
    default:
      throw new ProtocolError(CLOSE_UNKNOWN_MESSAGE_TYPE, `message type ${type}`);
  }
}

function encodeMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function encodeSyncMessage(subType: number, payload: Uint8Array): Uint8Array {
  return encodeMessage((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, subType);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

/** Server → client sync step 1: the server's state vector, asking for what it lacks. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSyncMessage(SYNC_STEP_1, stateVector);
}

/** Server → client sync step 2: everything the client lacks, as one update. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SYNC_STEP_2, update);
}

/** Server → client document update (fan-out of another client's change). */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SYNC_UPDATE, update);
}

/** Server → client awareness update. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  return encodeMessage((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/**
 * Server → client `saved`: the state vector of what is durably stored, followed by how many of
 * this connection's document messages (sync step 2 and updates) are durable. The count lets a
 * client acknowledge changes that do not advance a state vector, such as deletions.
 */
export function encodeSaved(stateVector: Uint8Array, durableMessageCount: number): Uint8Array {
  return encodeMessage((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_SAVED);
    encoding.writeVarUint8Array(encoder, stateVector);
    encoding.writeVarUint(encoder, durableMessageCount);
  });
}

/** Server → client `access` (Kring extension): whether this connection may change the document. */
export function encodeAccess(access: DocumentAccess): Uint8Array {
  return encodeMessage((encoder) => {
    encoding.writeVarUint(encoder, MESSAGE_ACCESS);
    encoding.writeVarUint(encoder, access === 'write' ? ACCESS_WRITE : ACCESS_READ);
  });
}

/** Server → client `metadata changed` (Kring extension): fetch the document's metadata again. */
export function encodeMetadataChanged(): Uint8Array {
  return encodeMessage((encoder) => encoding.writeVarUint(encoder, MESSAGE_METADATA_CHANGED));
}

/** Server → client `comments changed` (Kring extension): fetch the page's comment threads again. */
export function encodeCommentsChanged(): Uint8Array {
  return encodeMessage((encoder) => encoding.writeVarUint(encoder, MESSAGE_COMMENTS_CHANGED));
}
