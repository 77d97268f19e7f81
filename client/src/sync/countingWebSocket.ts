import { isDocumentMessage } from './documentMessage.js';

/**
 * The browser WebSocket, counting the document messages sent over it, so that a `saved` message
 * can be matched against them: a deletion does not advance a state vector, but it is one more
 * document message.
 */
export class CountingWebSocket extends WebSocket {
  /** Document messages (sync step 2 and updates) sent on this socket so far. */
  documentMessagesSent = 0;

  override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (isDocumentMessage(data)) this.documentMessagesSent += 1;
    super.send(data);
  }
}
