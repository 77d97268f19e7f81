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

export function adapter(doc, provider) {
  const firstSync = [];
  let synced = false;
  const onSync = (isSynced) => {
    if (!isSynced || synced) return;
    synced = true;
    for (const callback of firstSync.splice(0)) callback();
  };
  provider.on('sync', onSync);
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
      provider.off('sync', onSync);
      provider.awareness.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
