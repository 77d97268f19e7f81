// One adapter per protocol; `connect(server, room)` picks the right one for a server handle.
import { connectHocuspocus } from './hocuspocus.mjs';
import { connectKring } from './kring.mjs';
import { connectYWebsocket } from './ywebsocket.mjs';

const CONNECTORS = {
  kring: connectKring,
  hocuspocus: connectHocuspocus,
  ywebsocket: connectYWebsocket,
};

/** Connects a client of `server` (a handle from startServer) to `room`, with its credentials. */
export function connect(server, room) {
  const client = CONNECTORS[server.kind](server.wsBase, room, server.token);
  const destroy = client.destroy;
  client.destroyed = false;
  client.destroy = () => {
    if (client.destroyed) return;
    client.destroyed = true;
    destroy();
  };
  return client;
}

/**
 * Resolves when every client has reported `synced` once; rejects after `timeoutMs`, or at once
 * when the server refuses a client for good (Kring: 4401 no/bad credentials, 4403 no access).
 */
export function allSynced(clients, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let remaining = clients.length;
    if (remaining === 0) resolve();
    const timer = setTimeout(
      () => reject(new Error(`${remaining} of ${clients.length} clients never synced`)),
      timeoutMs,
    );
    for (const client of clients) {
      client.onFirstSync(() => {
        if (--remaining === 0) {
          clearTimeout(timer);
          resolve();
        }
      });
      client.onRefused?.(({ code, reason }) => {
        clearTimeout(timer);
        reject(new Error(`the server refused a client: close ${code} ${reason}`));
      });
    }
  });
}

/** Destroys clients and gives the sockets a moment to close. */
export async function destroyAll(clients) {
  for (const client of clients) client.destroy();
  await new Promise((resolve) => setTimeout(resolve, 300));
}
