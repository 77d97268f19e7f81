// Hocuspocus's own client, @hocuspocus/provider 4, one websocket per client, over `ws`.
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { clientAdapter } from './ywebsocket.mjs';

export function connectHocuspocus(wsBase, room) {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    url: wsBase,
    name: room,
    document: doc,
    WebSocketPolyfill: WebSocket,
  });
  return clientAdapter({
    doc,
    provider,
    syncEvent: 'synced',
    isSynced: ({ state }) => state,
    destroyProvider: () => provider.destroy(),
  });
}
