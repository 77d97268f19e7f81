import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import {
  CONTENT_FIELD,
  MESSAGE_COMMENTS_CHANGED,
  MESSAGE_METADATA_CHANGED,
  TITLE_FIELD,
  isPermanentClose,
  RECONNECT_MAX_DELAY_MS,
  type DocumentId,
  type PresenceUser,
  type SyncStatus,
} from '@kring/shared';
import { onAccessMessage, type AccessState } from './accessMessage.js';
import { collabBaseUrl } from './collabUrl.js';
import { deriveConnectionState, type ConnectionFacts } from './connectionState.js';
import { sendOnlyLocalAwareness } from './localAwareness.js';
import { readItem, removeItem, writeItem } from './localStore.js';
import { registerLocalCopy } from './localWrites.js';
import { PresenceStore } from './presence.js';
import { CountingWebSocket } from './countingWebSocket.js';
import { onSavedMessage, type SavedAcknowledgement } from './savedMessage.js';
import {
  clientsWithStructsInUpdate,
  hasUnsavedChanges,
  parseStateVector,
  savedStateKey,
  serializeStateVector,
  stateVectorOf,
  type StateVector,
} from './savedState.js';
import { shallowEqual, Store } from './Store.js';

/** Options of a {@link DocumentSession}. */
export interface DocumentSessionOptions {
  /** How this person appears to others. */
  readonly user: PresenceUser;
  /** Websocket base URL; the document id is appended. Defaults to `/collab` on this origin. */
  readonly collabUrl?: string;
  /**
   * Connects only once this settles (a page made offline: once the server has it); until then the
   * document works from this browser's copy. Default: at once.
   */
  readonly connectWhen?: Promise<unknown>;
}

/**
 * One open document: the Y.Doc, its IndexedDB copy, its websocket connection and the state derived
 * from them (sync status, people present). Framework-free; React reads it through hooks.
 */
export class DocumentSession {
  /** The shared document. */
  readonly doc = new Y.Doc();
  /** Presence of this and other people (carets, names). */
  readonly awareness: Awareness;
  /** The websocket provider. */
  readonly provider: WebsocketProvider;
  /** Sync status shown to the user. */
  readonly status: Store<SyncStatus>;
  /** People present in the document. */
  readonly presence: PresenceStore;
  /**
   * What the server lets this connection do with the content (`MESSAGE_ACCESS`): `unknown` until
   * the first connection says; the last answer is kept while offline.
   */
  readonly access = new Store<AccessState>('unknown');
  /**
   * Counts the server's `metadata changed` notices (title, last changed and by were stored anew,
   * after anyone's edits). Pages refetch metadata such as "last changed" on it.
   */
  readonly serverChanges = new Store<number>(0);
  /** Counts the server's `comments changed` notices: the comments panel refetches on it. */
  readonly commentChanges = new Store<number>(0);

  private readonly persistence: IndexeddbPersistence;
  private readonly localClients = new Set<number>();
  private savedStateVector: StateVector | null;
  private pendingDeletions = false;
  private loaded = false;
  private facts: ConnectionFacts;
  private refusedWithCode: number | null = null;
  private destroyed = false;
  private held: boolean;

  constructor(
    readonly id: DocumentId,
    options: DocumentSessionOptions,
  ) {
    this.savedStateVector = parseStateVector(readItem(savedStateKey(id)));
    this.facts = {
      browserOnline: navigator.onLine,
      connected: false,
      everConnected: false,
      failedAttempts: 0,
      refused: false,
    };
    this.status = new Store<SyncStatus>(this.computeStatus(), shallowEqual);

    // Registered before IndexedDB loads, so edits stored by an earlier session count as local.
    this.doc.on('update', this.onDocUpdate);
    this.persistence = new IndexeddbPersistence(`kring:${id}`, this.doc);
    this.persistence.on('synced', this.onLoaded);
    registerLocalCopy(this.doc, this.persistence, () => Y.encodeStateAsUpdate(this.doc));

    this.provider = new WebsocketProvider(
      options.collabUrl ?? collabBaseUrl(location),
      id,
      this.doc,
      {
        maxBackoffTime: RECONNECT_MAX_DELAY_MS,
        connect: false,
        WebSocketPolyfill: CountingWebSocket,
      },
    );
    this.awareness = this.provider.awareness;
    sendOnlyLocalAwareness(this.provider);
    onSavedMessage(this.provider, this.onSaved);
    // The server stored new metadata (title, last changed): pages showing it refetch.
    this.provider.messageHandlers[MESSAGE_METADATA_CHANGED] = () => {
      if (!this.destroyed) this.serverChanges.set(this.serverChanges.getSnapshot() + 1);
    };
    this.provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => {
      if (!this.destroyed) this.commentChanges.set(this.commentChanges.getSnapshot() + 1);
    };
    onAccessMessage(this.provider, (access) => {
      if (!this.destroyed) this.access.set(access);
    });
    this.provider.on('status', this.onProviderStatus);
    this.provider.on('connection-close', this.onConnectionClose);
    this.provider.on('closed', this.onRefused);
    this.provider.on('sync', this.onProviderSync);
    this.awareness.setLocalStateField('user', options.user);
    this.presence = new PresenceStore(this.awareness);
    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
    this.held = options.connectWhen !== undefined;
    if (options.connectWhen === undefined) this.provider.connect();
    else {
      void options.connectWhen.finally(() => {
        this.held = false;
        if (!this.destroyed && !this.facts.refused) this.provider.connect();
      });
    }
  }

  /** The rich-text content. */
  get content(): Y.XmlFragment {
    return this.doc.getXmlFragment(CONTENT_FIELD);
  }

  /** The title. */
  get title(): Y.Text {
    return this.doc.getText(TITLE_FIELD);
  }

  /** Changes how this person appears to others. */
  setUser(user: PresenceUser): void {
    const current: unknown = this.awareness.getLocalState()?.['user'];
    if (typeof current === 'object' && current !== null && shallowEqual(current, user)) return;
    this.awareness.setLocalStateField('user', user);
  }

  /**
   * Deletes this browser's copy of the document (IndexedDB and the saved marker), then releases
   * everything. For a document that was deleted on the server.
   */
  async forgetLocalCopy(): Promise<void> {
    removeItem(savedStateKey(this.id));
    const persistence = this.persistence;
    this.destroy();
    await persistence.clearData();
  }

  /** Disconnects and releases everything; the IndexedDB copy stays. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
    // Tell the others we left before the socket closes.
    this.awareness.setLocalState(null);
    this.presence.dispose();
    this.provider.destroy();
    this.awareness.destroy();
    void this.persistence.destroy();
    this.doc.off('update', this.onDocUpdate);
    this.doc.destroy();
    this.status.clear();
    this.access.clear();
    this.serverChanges.clear();
    this.commentChanges.clear();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return;
    const clients = clientsWithStructsInUpdate(update);
    for (const clientId of clients) this.localClients.add(clientId);
    if (clients.length === 0 && origin !== this.persistence) this.pendingDeletions = true;
    this.updateStatus();
  };

  private readonly onSaved = ({ stateVector, durableMessages }: SavedAcknowledgement): void => {
    this.savedStateVector = stateVector;
    // Deletions do not show in state vectors: they are covered once every document message sent on
    // this socket is durable (an older server that sends no count: by any acknowledgement).
    const socket = this.provider.ws;
    const sent = socket instanceof CountingWebSocket ? socket.documentMessagesSent : 0;
    if (durableMessages === null || durableMessages >= sent) this.pendingDeletions = false;
    writeItem(savedStateKey(this.id), serializeStateVector(stateVector));
    this.updateStatus();
  };

  private readonly onLoaded = (): void => {
    this.loaded = true;
    this.updateStatus();
  };

  private readonly onProviderSync = (synced: boolean): void => {
    if (!synced) return;
    this.loaded = true;
    this.setFacts({ failedAttempts: 0 });
  };

  private readonly onProviderStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.setFacts({ connected: true, everConnected: true });
    else if (status === 'disconnected') this.setFacts({ connected: false });
  };

  private readonly onConnectionClose = (): void => {
    this.setFacts({ connected: false, failedAttempts: this.facts.failedAttempts + 1 });
  };

  private readonly onRefused = ({ code }: { code: number; reason: string }): void => {
    if (!isPermanentClose(code)) return;
    this.refusedWithCode = code;
    this.setFacts({ refused: true, connected: false });
  };

  private readonly onBrowserOnline = (): void => {
    this.setFacts({ browserOnline: true, failedAttempts: 0 });
    if (!this.facts.refused && !this.held) this.provider.connect();
  };

  private readonly onBrowserOffline = (): void => {
    this.setFacts({ browserOnline: false });
    // A socket that survives a lost network only fails later, after a long timeout; close it now so
    // the status is honest at once, and reconnect on the 'online' event.
    this.provider.disconnect();
  };

  private setFacts(change: Partial<ConnectionFacts>): void {
    this.facts = { ...this.facts, ...change };
    this.updateStatus();
  }

  private computeStatus(): SyncStatus {
    return {
      connection: deriveConnectionState(this.facts),
      loaded: this.loaded,
      hasUnsavedChanges: hasUnsavedChanges(
        stateVectorOf(this.doc),
        this.savedStateVector,
        this.localClients,
        this.pendingDeletions,
      ),
      refusedWithCode: this.refusedWithCode,
    };
  }

  private updateStatus(): void {
    if (!this.destroyed) this.status.set(this.computeStatus());
  }
}
