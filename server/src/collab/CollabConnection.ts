import type { RawData, WebSocket } from 'ws';
import { CLOSE_MALFORMED_FRAME, CLOSE_TEXT_FRAME, type CloseReason } from '@kring/shared';
import type { Logger } from '../logger.js';
import type { CollabDocument } from './CollabDocument.js';
import { decodeClientMessage } from './messages.js';
import type { Peer } from './Peer.js';
import { ProtocolError } from './ProtocolError.js';

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * The socket side of one client in one document: turns frames into document messages and back.
 * Any frame the server refuses closes this connection only, with a named close code.
 */
export class CollabConnection implements Peer {
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly document: CollabDocument,
    private readonly logger: Logger,
    private readonly onClosed: (connection: CollabConnection) => void,
  ) {
    socket.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    socket.on('close', () => this.onClose());
    socket.on('error', (error) => {
      this.logger.warn({ err: error, documentId: document.id }, 'websocket error');
    });
    document.join(this);
  }

  send(frame: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(frame, { binary: true });
  }

  /** Closes the connection with a named reason (logged as a refusal when it is one). */
  close(reason: CloseReason): void {
    if (this.closed) return;
    this.socket.close(reason.code, reason.reason);
    this.onClose();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.refuse(new ProtocolError(CLOSE_TEXT_FRAME, 'text frame'));
      return;
    }
    try {
      this.document.receive(this, decodeClientMessage(toBytes(data)));
    } catch (error) {
      this.refuse(
        error instanceof ProtocolError
          ? error
          : new ProtocolError(CLOSE_MALFORMED_FRAME, 'message could not be applied'),
      );
    }
  }

  private refuse(error: ProtocolError): void {
    this.logger.warn(
      { documentId: this.document.id, closeCode: error.closeReason.code, reason: error.message },
      'refused a frame; closing the connection',
    );
    this.close(error.closeReason);
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.document.leave(this);
    this.onClosed(this);
  }
}
