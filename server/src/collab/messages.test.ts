import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  CLOSE_MALFORMED_FRAME,
  CLOSE_UNKNOWN_MESSAGE_TYPE,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
} from '@kring/shared';
import { decodeClientMessage, encodeSaved, encodeSyncUpdate } from './messages.js';
import { ProtocolError } from './ProtocolError.js';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

function refusal(bytes: Uint8Array): ProtocolError {
  try {
    decodeClientMessage(bytes);
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('frame was accepted');
}

describe('decodeClientMessage accepts what the stock y-websocket client sends', () => {
  it('reads sync step 1 with the client state vector', () => {
    const doc = docWithText('abc');
    const message = decodeClientMessage(
      frame((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        syncProtocol.writeSyncStep1(e, doc);
      }),
    );
    expect(message).toEqual({ kind: 'sync-step-1', stateVector: Y.encodeStateVector(doc) });
  });

  it('reads sync step 2 and updates as applicable Yjs updates', () => {
    const doc = docWithText('hello');
    const step2 = decodeClientMessage(
      frame((e) => {
        encoding.writeVarUint(e, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(e, doc);
      }),
    );
    expect(step2.kind).toBe('sync-step-2');
    const update = decodeClientMessage(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    expect(update.kind).toBe('sync-update');
    const target = new Y.Doc();
    if (update.kind === 'sync-update') Y.applyUpdate(target, update.update);
    expect(target.getText('t').toString()).toBe('hello');
  });

  it('reads awareness updates and awareness queries', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Anna', color: '#123456' } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    expect(
      decodeClientMessage(
        frame((e) => {
          encoding.writeVarUint(e, MESSAGE_AWARENESS);
          encoding.writeVarUint8Array(e, update);
        }),
      ),
    ).toEqual({ kind: 'awareness', update });
    expect(decodeClientMessage(new Uint8Array([MESSAGE_QUERY_AWARENESS]))).toEqual({
      kind: 'query-awareness',
    });
    awareness.destroy();
  });
});

describe('decodeClientMessage refuses malformed frames with a named close code', () => {
  const validUpdate = Y.encodeStateAsUpdate(docWithText('x'));
  const cases: [string, Uint8Array, number][] = [
    ['an empty frame', new Uint8Array([]), CLOSE_MALFORMED_FRAME.code],
    ['an unknown message type', new Uint8Array([7]), CLOSE_UNKNOWN_MESSAGE_TYPE.code],
    [
      'the server-only saved message',
      encodeSaved(new Uint8Array([0]), 0),
      CLOSE_UNKNOWN_MESSAGE_TYPE.code,
    ],
    ['a sync message without sub-type', new Uint8Array([MESSAGE_SYNC]), CLOSE_MALFORMED_FRAME.code],
    [
      'an unknown sync sub-type',
      new Uint8Array([MESSAGE_SYNC, 9, 0]),
      CLOSE_UNKNOWN_MESSAGE_TYPE.code,
    ],
    [
      'a truncated payload',
      new Uint8Array([MESSAGE_SYNC, 2, 50, 1, 2]),
      CLOSE_MALFORMED_FRAME.code,
    ],
    [
      'trailing bytes',
      new Uint8Array([...encodeSyncUpdate(validUpdate), 1, 2, 3]),
      CLOSE_MALFORMED_FRAME.code,
    ],
    [
      'an update that is not a Yjs update',
      encodeSyncUpdate(new Uint8Array([255, 255, 255, 1, 7, 7])),
      CLOSE_MALFORMED_FRAME.code,
    ],
    ['a bad state vector', new Uint8Array([MESSAGE_SYNC, 0, 2, 5, 1]), CLOSE_MALFORMED_FRAME.code],
    [
      'awareness with invalid JSON',
      frame((e) => {
        encoding.writeVarUint(e, MESSAGE_AWARENESS);
        encoding.writeVarUint8Array(
          e,
          frame((inner) => {
            encoding.writeVarUint(inner, 1);
            encoding.writeVarUint(inner, 42);
            encoding.writeVarUint(inner, 1);
            encoding.writeVarString(inner, '{not json');
          }),
        );
      }),
      CLOSE_MALFORMED_FRAME.code,
    ],
  ];
  it.each(cases)('refuses %s', (_name, bytes, code) => {
    expect(refusal(bytes).closeReason.code).toBe(code);
  });
});
