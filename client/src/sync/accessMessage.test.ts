import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { ACCESS_READ, ACCESS_WRITE, MESSAGE_ACCESS } from '@kring/shared';
import { readAccessMessage } from './accessMessage.js';

/** A decoder positioned after the message type, as y-websocket hands it to a handler. */
function bodyOf(...values: number[]): decoding.Decoder {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ACCESS);
  for (const value of values) encoding.writeVarUint(encoder, value);
  const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_ACCESS);
  return decoder;
}

describe('readAccessMessage', () => {
  it('decodes read and write', () => {
    expect(readAccessMessage(bodyOf(ACCESS_READ))).toBe('read');
    expect(readAccessMessage(bodyOf(ACCESS_WRITE))).toBe('write');
  });

  it('treats an unknown value as read-only, never as write', () => {
    expect(readAccessMessage(bodyOf(2))).toBe('read');
    expect(readAccessMessage(bodyOf(1000))).toBe('read');
  });

  it('throws on a message without a payload', () => {
    expect(() => readAccessMessage(bodyOf())).toThrow();
  });
});
