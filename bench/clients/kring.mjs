// Kring's client: the stock y-websocket provider plus what Kring's browser client does —
// it reads `saved` (type 100) and sends only its own awareness changes (TOOLCHAIN.md).
import * as bc from 'lib0/broadcastchannel';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { adapter } from './ywebsocket.mjs';

const MESSAGE_AWARENESS = 1;
const MESSAGE_SAVED = 100;

/** Same as client/src/sync/localAwareness.ts: relay only changes with origin 'local'. */
function sendOnlyLocalAwareness(provider) {
  const { awareness } = provider;
  awareness.off('update', provider._awarenessUpdateHandler);
  const handler = ({ added, updated, removed }, origin) => {
    if (origin !== 'local') return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]),
    );
    const message = encoding.toUint8Array(encoder);
    const ws = provider.ws;
    if (provider.wsconnected && ws !== null && ws.readyState === ws.OPEN) ws.send(message);
    if (provider.bcconnected) bc.publish(provider.bcChannel, message, provider);
  };
  provider._awarenessUpdateHandler = handler;
  awareness.on('update', handler);
}

/** Like connectYWebsocket, plus `onSaved(cb(stateVector, durableMessages))`. */
export function connectKring(wsBase, room) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  sendOnlyLocalAwareness(provider);
  const savedListeners = [];
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    const durableMessages = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : null;
    for (const listener of savedListeners) listener(stateVector, durableMessages);
  };
  const client = adapter(doc, provider);
  client.onSaved = (listener) => savedListeners.push(listener);
  return client;
}
