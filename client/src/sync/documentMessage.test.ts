import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from '@kring/shared';
import { isDocumentMessage } from './documentMessage.js';

function syncFrame(write: (encoder: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('isDocumentMessage', () => {
  it('counts sync step 2 and updates, as the server does', () => {
    expect(isDocumentMessage(syncFrame((e, d) => syncProtocol.writeSyncStep2(e, d)))).toBe(true);
    const update = syncFrame((e, d) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d)));
    expect(isDocumentMessage(update.buffer)).toBe(true);
  });

  it('does not count sync step 1, awareness or text', () => {
    expect(isDocumentMessage(syncFrame((e, d) => syncProtocol.writeSyncStep1(e, d)))).toBe(false);
    expect(isDocumentMessage(new Uint8Array([MESSAGE_AWARENESS, 1, 0]))).toBe(false);
    expect(isDocumentMessage('hello')).toBe(false);
  });
});
