import type { RawData, WebSocket } from 'ws';
import {
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_MALFORMED_FRAME,
  CLOSE_RATE_LIMITED,
  CLOSE_SLOW_CONSUMER,
  CLOSE_TEXT_FRAME,
  type CloseReason,
  type DocumentAccess,
} from '@kring/shared';
import type { Logger } from '../logger.js';
import type { CollabDocument } from './CollabDocument.js';
import type { CollabLimits } from './CollabLimits.js';
import type { CollabMetrics } from './CollabMetrics.js';
import { decodeClientMessage, encodeAccess } from './messages.js';
import type { Peer, PresencePerson } from './Peer.js';
import { ProtocolError } from './ProtocolError.js';
import { TokenBucket } from './TokenBucket.js';

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Who is connected, as decided at the upgrade. */
export interface ConnectionIdentity {
  readonly userId: string;
  /** Session or API token id: revoking it closes the connection. */
  readonly credentialId: string;
  readonly access: DocumentAccess;
  /** The account's name and organisation, stamped on its presence. */
  readonly name: string;
  readonly organisation: string;
}

/** What a connection needs besides its socket and document. */
export interface ConnectionContext {
  readonly logger: Logger;
  readonly metrics: CollabMetrics;
  readonly limits: CollabLimits;
  readonly onClosed: (connection: CollabConnection) => void;
  /** False when the client asked for standard y-websocket frames only (`?frames=standard`). */
  readonly kringFrames: boolean;
}

/**
 * The socket side of one client in one document: turns frames into document messages and back.
 * Anything the server refuses (a bad frame, too many messages, not reading) closes this connection
 * only, with a named close code, and is logged and counted.
 */
export class CollabConnection implements Peer {
  private closed = false;
  /** Whether the client answered (or sent anything) since the last heartbeat. */
  private alive = true;
  private readonly rate: TokenBucket;
  /** Largest frame sent so far: a joiner may always have its whole initial state in flight. */
  private largestFrameBytes = 0;
  private access: DocumentAccess;
  readonly userId: string;
  readonly credentialId: string;
  readonly person: PresencePerson;
  readonly kringFrames: boolean;

  constructor(
    private readonly socket: WebSocket,
    readonly document: CollabDocument,
    identity: ConnectionIdentity,
    private readonly context: ConnectionContext,
  ) {
    this.userId = identity.userId;
    this.credentialId = identity.credentialId;
    this.access = identity.access;
    this.person = { name: identity.name, organisation: identity.organisation };
    this.kringFrames = context.kringFrames;
    this.rate = new TokenBucket(context.limits.maxMessagesPerSecond, context.limits.messageBurst);
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', () => this.onClose());
    socket.on('pong', () => (this.alive = true));
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        this.logRefusal(CLOSE_FRAME_TOO_LARGE, 'frame larger than the limit');
      } else {
        context.logger.warn({ err: error, documentId: document.id }, 'websocket error');
      }
      this.onClose();
    });
    if (this.kringFrames) this.send(encodeAccess(this.access));
    document.join(this);
  }

  get canWrite(): boolean {
    return this.access === 'write';
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Changes what this connection may do (a role changed while connected) and tells the client. */
  setAccess(access: DocumentAccess): void {
    if (this.closed || access === this.access) return;
    this.access = access;
    if (this.kringFrames) this.send(encodeAccess(access));
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.context.limits.maxQueuedBytes + this.largestFrameBytes) {
      this.refuse(
        new ProtocolError(CLOSE_SLOW_CONSUMER, `${this.socket.bufferedAmount} bytes unread`),
      );
      return;
    }
    this.largestFrameBytes = Math.max(this.largestFrameBytes, frame.byteLength);
    this.socket.send(frame, { binary: true });
    this.context.metrics.frameSent(frame.byteLength);
  }

  /**
   * Called by the endpoint every heartbeat interval: drops a client that has not answered since
   * the previous call (a vanished peer, a dead network path), and pings the others.
   */
  heartbeat(): void {
    if (this.closed) return;
    if (!this.alive) {
      this.context.logger.info(
        { documentId: this.document.id },
        'dropping a connection that stopped answering',
      );
      this.socket.terminate();
      this.onClose();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  /** Closes the connection with a named reason. */
  close(reason: CloseReason): void {
    if (this.closed) return;
    this.socket.close(reason.code, reason.reason);
    this.onClose();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    this.alive = true;
    const bytes = toBytes(data);
    this.context.metrics.frameReceived(bytes.byteLength);
    if (!this.rate.take()) {
      this.refuse(new ProtocolError(CLOSE_RATE_LIMITED, 'message rate exceeded'));
      return;
    }
    if (!isBinary) {
      this.refuse(new ProtocolError(CLOSE_TEXT_FRAME, 'text frame'));
      return;
    }
    try {
      this.document.receive(this, decodeClientMessage(bytes));
    } catch (error) {
      this.refuse(
        error instanceof ProtocolError
          ? error
          : new ProtocolError(CLOSE_MALFORMED_FRAME, 'message could not be applied'),
      );
    }
  }

  private refuse(error: ProtocolError): void {
    this.logRefusal(error.closeReason, error.message);
    this.close(error.closeReason);
  }

  private logRefusal(reason: CloseReason, detail: string): void {
    this.context.metrics.refused(reason);
    this.context.logger.warn(
      { documentId: this.document.id, closeCode: reason.code, reason: detail },
      'refused a client; closing its connection',
    );
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.document.leave(this);
    this.context.onClosed(this);
  }
}
