import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_SAVED } from '@kring/shared';
import type { StateVector } from './savedState.js';

/**
 * Handles the server's "saved" message (type {@link MESSAGE_SAVED}): its body is the state vector
 * of what the server has durably stored for the document.
 */
export function onSavedMessage(
  provider: WebsocketProvider,
  onSaved: (stateVector: StateVector) => void,
): void {
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    let stateVector: StateVector;
    try {
      stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    } catch (error) {
      // A malformed acknowledgement must not break the connection; the edit just stays unsaved.
      console.warn('Kring: ignoring malformed saved message', error);
      return;
    }
    onSaved(stateVector);
  };
}
