import { WebSocket } from 'ws';
import { CLOSE_FRAME_TOO_LARGE } from '@kring/shared';

/** Close code `ws` uses when a frame exceeds `maxPayload` (RFC 6455 "message too big"). */
const WS_MESSAGE_TOO_BIG = 1009;

/**
 * The `ws` socket, closing over-size frames with Kring's named, permanent 4413 instead of the
 * generic 1009: the stock client reconnects after 1009 and would resend the same frame forever.
 */
export class LimitedWebSocket extends WebSocket {
  override close(code?: number, data?: string | Buffer): void {
    if (code === WS_MESSAGE_TOO_BIG)
      super.close(CLOSE_FRAME_TOO_LARGE.code, CLOSE_FRAME_TOO_LARGE.reason);
    else super.close(code, data);
  }
}
