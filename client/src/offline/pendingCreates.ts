import { getAll, STORES, type StoredOperation } from './offlineDb.js';

const CHANNEL = 'kring-offline-created';
const created = new EventTarget();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
if (channel !== null) {
  channel.onmessage = (event: MessageEvent<string>) => {
    created.dispatchEvent(new CustomEvent<string>('created', { detail: event.data }));
  };
}

/** Tells every tab that the server now has page `id`, made offline (its create was replayed). */
export function announceCreated(id: string): void {
  created.dispatchEvent(new CustomEvent<string>('created', { detail: id }));
  channel?.postMessage(id);
}

/**
 * Resolves once the server knows page `id`: at once for any page not made offline, else when its
 * queued create has been sent. Until then a connection would be refused as "no such page".
 */
export async function whenKnownToServer(id: string): Promise<void> {
  let pending = false;
  try {
    const operations = await getAll<StoredOperation>(STORES.operations);
    pending = operations.some((op) => op.kind === 'create' && op.documentId === id);
  } catch {
    // Without IndexedDB nothing was made offline.
  }
  if (!pending) return;
  await new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== id) return;
      created.removeEventListener('created', listener);
      resolve();
    };
    created.addEventListener('created', listener);
  });
}
