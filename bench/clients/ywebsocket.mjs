// The stock y-websocket client provider over `ws` (used for y-websocket-server as-is).
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * Connects a fresh Y.Doc to `room`. Returns the common client adapter used by the scenarios:
 * `{ doc, text, awareness, provider, onFirstSync(cb), destroy() }`.
 */
export function connectYWebsocket(wsBase, room) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  return adapter(doc, provider);
}

/**
 * The client adapter the scenarios use, around any provider that emits a sync event:
 * `{ doc, text, awareness, provider, synced, onFirstSync(cb), destroy() }`.
 * `syncEvent` names the provider's event and `isSynced(payload)` reads it.
 */
export function clientAdapter({ doc, provider, syncEvent, isSynced, destroyProvider }) {
  const firstSync = [];
  let synced = false;
  const onSync = (payload) => {
    if (!isSynced(payload) || synced) return;
    synced = true;
    for (const callback of firstSync.splice(0)) callback();
  };
  provider.on(syncEvent, onSync);
  return {
    doc,
    text: doc.getText('t'),
    awareness: provider.awareness,
    provider,
    get synced() {
      return synced;
    },
    /** Calls back once, when the provider first reports `synced`. */
    onFirstSync(callback) {
      if (synced) callback();
      else firstSync.push(callback);
    },
    destroy() {
      provider.off(syncEvent, onSync);
      destroyProvider();
      doc.destroy();
    },
  };
}

/** The adapter for a stock y-websocket provider. */
export function adapter(doc, provider) {
  return clientAdapter({
    doc,
    provider,
    syncEvent: 'sync',
    isSynced: (isSynced) => isSynced,
    destroyProvider: () => {
      provider.awareness.destroy();
      provider.destroy();
    },
  });
}
