// Kring's client: the stock y-websocket provider plus what Kring's browser client does —
// it reads `saved` (type 100) and sends only its own awareness changes (TOOLCHAIN.md). Since M3
// it authenticates with `Authorization: Bearer <api token>` and accepts `access` (type 101) and
// `metadata changed` (type 102).
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
const MESSAGE_ACCESS = 101;
const MESSAGE_METADATA_CHANGED = 102;

/** `ws` that sends `Authorization: Bearer <token>` with the upgrade request, one class per token. */
const bearerSockets = new Map();
function bearerWebSocket(token) {
  if (!bearerSockets.has(token))
    bearerSockets.set(
      token,
      class extends WebSocket {
        constructor(url, protocols) {
          super(url, protocols, { headers: { authorization: `Bearer ${token}` } });
        }
      },
    );
  return bearerSockets.get(token);
}

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

/**
 * Like connectYWebsocket, authenticated with the API token `token`, plus
 * `onSaved(cb(stateVector, durableMessages))` and `onRefused(cb({ code, reason }))` for a close the
 * provider does not retry (4401 no/bad credentials, 4403 no access, …).
 */
export function connectKring(wsBase, room, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: bearerWebSocket(token),
    disableBc: true,
  });
  sendOnlyLocalAwareness(provider);
  // `access` (read or write) comes first on every connection; the bench's owner always writes.
  // Without a handler the stock provider would log "Unable to compute message" for it.
  provider.messageHandlers[MESSAGE_ACCESS] = () => {};
  // The browser refetches page metadata on it; the load generator has nothing to refresh.
  provider.messageHandlers[MESSAGE_METADATA_CHANGED] = () => {};
  const savedListeners = [];
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    const durableMessages = decoding.hasContent(decoder) ? decoding.readVarUint(decoder) : null;
    for (const listener of savedListeners) listener(stateVector, durableMessages);
  };
  const client = adapter(doc, provider);
  client.onSaved = (listener) => savedListeners.push(listener);
  client.onRefused = (listener) => provider.on('closed', listener);
  return client;
}
