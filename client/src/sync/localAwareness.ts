import * as bc from 'lib0/broadcastchannel';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import { MESSAGE_AWARENESS } from '@kring/shared';

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Makes the provider send only this client's own awareness changes (origin `'local'`).
 *
 * The stock handler also re-sends every change it just received from other clients, which
 * multiplies presence traffic by the number of people in a document (see TOOLCHAIN.md).
 */
export function sendOnlyLocalAwareness(provider: WebsocketProvider): void {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const handler = (change: AwarenessChange, origin: unknown): void => {
    if (origin !== 'local') return;
    const changedClients = [...change.added, ...change.updated, ...change.removed];
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, changedClients));
    const message = encoding.toUint8Array(encoder);
    const ws = provider.ws;
    if (provider.wsconnected && ws !== null && ws.readyState === ws.OPEN) ws.send(message);
    if (provider.bcconnected) bc.publish(provider.bcChannel, message, provider);
  };
  provider._awarenessUpdateHandler = handler;
  awareness.on('update', handler);
}
