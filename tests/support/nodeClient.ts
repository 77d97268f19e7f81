import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  ACCESS_WRITE,
  MESSAGE_ACCESS,
  MESSAGE_METADATA_CHANGED,
  MESSAGE_SAVED,
} from '@kring/shared';
import { authenticatedWebSocket, credentialsFor, ensureDocument } from './credentials.js';

/** A Node y-websocket client: the stock provider over the `ws` package. */
export interface NodeClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** What the server last said this connection may do (`null` before it said anything). */
  readonly access: 'read' | 'write' | null;
  /** State vector of the last `saved` message, or null before the first. */
  readonly savedStateVector: Map<number, number> | null;
  /** How many `metadata changed` messages the server sent this connection. */
  readonly metadataChanges: number;
  /** True when the last `saved` state vector covers every change this client made itself. */
  isSaved(): boolean;
  /** Subscribes to `saved`, `access` and `metadata changed` messages; returns the unsubscribe function. */
  onSaved(listener: () => void): () => void;
  /** Resolves on the provider's next `synced` (immediately if synced now). */
  synced(): Promise<void>;
  destroy(): void;
}

/** How a client authenticates: the server's seeded admin by default, or a given API token. */
export interface ConnectOptions {
  /** Bearer token to connect with; default: the test server's admin (creating the document). */
  readonly token?: string;
}

/**
 * Connects a fresh Y.Doc to a document on a test server. With the default credentials the
 * document is created first (in the seeded community), so tests can use any id.
 */
export function connectClient(
  collabUrl: string,
  documentId: string,
  doc = new Y.Doc(),
  options: ConnectOptions = {},
): NodeClient {
  const token = options.token ?? credentialsFor(collabUrl).token;
  const provider = new WebsocketProvider(collabUrl, documentId, doc, {
    WebSocketPolyfill: authenticatedWebSocket(token) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    connect: false,
  });
  let access: 'read' | 'write' | null = null;
  provider.messageHandlers[MESSAGE_ACCESS] = (_encoder, decoder) => {
    access = decoding.readVarUint(decoder) === ACCESS_WRITE ? 'write' : 'read';
    for (const listener of savedListeners) listener();
  };
  const ready =
    options.token === undefined ? ensureDocument(collabUrl, documentId) : Promise.resolve();
  void ready.then(
    () => provider.connect(),
    (error: unknown) => console.error(error),
  );
  let savedStateVector: Map<number, number> | null = null;
  const savedListeners = new Set<() => void>();
  provider.messageHandlers[MESSAGE_SAVED] = (_encoder, decoder) => {
    savedStateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    for (const listener of savedListeners) listener();
  };
  let metadataChanges = 0;
  provider.messageHandlers[MESSAGE_METADATA_CHANGED] = () => {
    metadataChanges += 1;
    for (const listener of savedListeners) listener();
  };
  return {
    doc,
    provider,
    get metadataChanges() {
      return metadataChanges;
    },
    get access() {
      return access;
    },
    get savedStateVector() {
      return savedStateVector;
    },
    isSaved() {
      const saved = savedStateVector;
      if (saved === null) return false;
      const ownClock = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
      return (saved.get(doc.clientID) ?? 0) >= ownClock;
    },
    onSaved(listener) {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    synced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise((resolve) => {
            const onSync = (isSynced: boolean) => {
              if (!isSynced) return;
              provider.off('sync', onSync);
              resolve();
            };
            provider.on('sync', onSync);
          }),
    destroy() {
      provider.awareness.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * Resolves once `check()` holds, re-checking whenever one of the docs changes or a provider's sync
 * state changes; rejects after `timeoutMs` with `describe()` in the message. No polling sleeps.
 */
export function waitUntil(
  clients: readonly NodeClient[],
  check: () => boolean,
  describe: () => string,
  timeoutMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const listeners: (() => void)[] = [];
    const finish = (error?: Error) => {
      clearTimeout(timer);
      for (const remove of listeners) remove();
      if (error) reject(error);
      else resolve();
    };
    const evaluate = () => {
      if (check()) finish();
    };
    const timer = setTimeout(() => finish(new Error(`timed out: ${describe()}`)), timeoutMs);
    for (const client of clients) {
      client.doc.on('update', evaluate);
      client.provider.on('sync', evaluate);
      listeners.push(() => client.doc.off('update', evaluate));
      listeners.push(() => client.provider.off('sync', evaluate));
      listeners.push(client.onSaved(evaluate));
    }
    evaluate();
  });
}
