import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { ACCESS_WRITE, MESSAGE_ACCESS, type DocumentAccess } from '@kring/shared';

/** What this connection may do with the content: `unknown` until the server has said. */
export type AccessState = DocumentAccess | 'unknown';

/**
 * Decodes the body of an access message (after its type). Only {@link ACCESS_WRITE} grants
 * writing; any other value is read-only, so an unknown future value never unlocks editing.
 * Throws on a truncated message.
 */
export function readAccessMessage(decoder: decoding.Decoder): DocumentAccess {
  return decoding.readVarUint(decoder) === ACCESS_WRITE ? 'write' : 'read';
}

/**
 * Handles the server's access message (type {@link MESSAGE_ACCESS}, see shared/PROTOCOL.md): sent
 * first on every connection and again when the person's role changes while connected.
 */
export function onAccessMessage(
  provider: WebsocketProvider,
  onAccess: (access: DocumentAccess) => void,
): void {
  provider.messageHandlers[MESSAGE_ACCESS] = (_encoder, decoder) => {
    let access: DocumentAccess;
    try {
      access = readAccessMessage(decoder);
    } catch (error) {
      // Malformed: assume the safe side. The server applies nothing we may not write anyway.
      console.warn('Kring: malformed access message', error);
      access = 'read';
    }
    onAccess(access);
  };
}
