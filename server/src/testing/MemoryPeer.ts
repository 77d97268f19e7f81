import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MESSAGE_AWARENESS, MESSAGE_SAVED, MESSAGE_SYNC } from '@kring/shared';
import type { CollabDocument } from '../collab/CollabDocument.js';
import { decodeClientMessage } from '../collab/messages.js';
import { encodeAwarenessEntries } from '../collab/awarenessEntries.js';
import type { Peer, PresencePerson } from '../collab/Peer.js';

/** Last `saved` message a peer received. */
export interface SavedAck {
  readonly stateVector: Map<number, number>;
  readonly durableMessages: number;
}

/** Who a {@link MemoryPeer} is and how its frames travel. */
export interface MemoryPeerOptions {
  readonly userId?: string;
  readonly person?: PresencePerson;
  /**
   * Carries each frame, in either direction, by calling `delivery` (default: at once). Fuzz tests
   * queue deliveries to reorder, duplicate and delay them.
   */
  readonly deliver?: (delivery: () => void) => void;
}

/**
 * An in-memory client for protocol tests: a Y.Doc and Awareness speaking the y-websocket protocol
 * to a {@link CollabDocument} directly, with no socket in between.
 */
export class MemoryPeer implements Peer {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly received: Uint8Array[] = [];
  lastSaved: SavedAck | null = null;
  /** Tests set this to false to act as a reader. */
  canWrite = true;
  readonly userId?: string;
  readonly person?: PresencePerson;
  private document: CollabDocument | null = null;
  private readonly deliver: (delivery: () => void) => void;

  constructor(options: MemoryPeerOptions = {}) {
    this.userId = options.userId;
    this.person = options.person;
    this.deliver = options.deliver ?? ((delivery) => delivery());
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this)
        this.sendToServer(this.frame(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update)));
    });
  }

  /** Joins a document and runs the sync handshake. */
  connect(document: CollabDocument): void {
    this.document = document;
    document.join(this);
    this.sendToServer(this.frame(MESSAGE_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
  }

  /** Leaves the document. */
  disconnect(): void {
    this.document?.leave(this);
    this.document = null;
  }

  /** Publishes a presence state. */
  announce(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state);
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]);
    this.sendToServer(this.frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)));
  }

  /** Sends a raw awareness entry for any client id (to test what the server accepts). */
  announceAs(clientId: number, clock: number, state: unknown): void {
    const update = encodeAwarenessEntries([{ clientId, clock, state }]);
    this.sendToServer(this.frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update)));
  }

  /** Text of the shared `t` Y.Text. */
  text(): string {
    return this.doc.getText('t').toString();
  }

  send(frame: Uint8Array): void {
    this.deliver(() => this.receive(frame));
  }

  private receive(frame: Uint8Array): void {
    this.received.push(frame);
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) this.sendToServer(encoding.toUint8Array(reply));
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(
        this.awareness,
        decoding.readVarUint8Array(decoder),
        this,
      );
    } else if (type === MESSAGE_SAVED) {
      const stateVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
      this.lastSaved = { stateVector, durableMessages: decoding.readVarUint(decoder) };
    }
  }

  private sendToServer(frame: Uint8Array): void {
    const document = this.document;
    if (document === null) return;
    this.deliver(() => document.receive(this, decodeClientMessage(frame)));
  }

  private frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }
}
