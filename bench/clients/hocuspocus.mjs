// Hocuspocus's own client, @hocuspocus/provider 4, one websocket per client, over `ws`.
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export function connectHocuspocus(wsBase, room) {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: wsBase,
    name: room,
    document: doc,
    WebSocketPolyfill: WebSocket,
  });
  const firstSync = [];
  let synced = false;
  const onSynced = ({ state }) => {
    if (!state || synced) return;
    synced = true;
    for (const callback of firstSync.splice(0)) callback();
  };
  provider.on('synced', onSynced);
  return {
    doc,
    text: doc.getText('t'),
    awareness: provider.awareness,
    provider,
    get synced() {
      return synced;
    },
    onFirstSync(callback) {
      if (synced) callback();
      else firstSync.push(callback);
    },
    destroy() {
      provider.off('synced', onSynced);
      provider.destroy();
      doc.destroy();
    },
  };
}
