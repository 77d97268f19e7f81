import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_SAVED } from '@kring/shared';
import type { StateVector } from './savedState.js';

/** What one `saved` message says. */
export interface SavedAcknowledgement {
  /** State vector of what the server has durably stored. */
  readonly stateVector: StateVector;
  /**
   * How many of this connection's document messages are durable, or null when the server did not
   * say (an older server).
   */
  readonly durableMessages: number | null;
}

/** Decodes the body of a `saved` message (after its type); throws on malformed input. */
export function readSavedMessage(decoder: decoding.Decoder): SavedAcknowledgement {
  const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
  const durableMessages = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : null;
  return { stateVector, durableMessages };
}

/**
 * Handles the server's "saved" message (type {@link MESSAGE_SAVED}), see shared/PROTOCOL.md.
 */
export function onSavedMessage(
  provider: WebsocketProvider,
  onSaved: (acknowledgement: SavedAcknowledgement) => void,
): void {
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    let acknowledgement: SavedAcknowledgement;
    try {
      acknowledgement = readSavedMessage(decoder);
    } catch (error) {
      // A malformed acknowledgement must not break the connection; the edit just stays unsaved.
      console.warn('Kring: ignoring malformed saved message', error);
      return;
    }
    onSaved(acknowledgement);
  };
}
