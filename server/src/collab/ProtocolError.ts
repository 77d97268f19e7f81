import type { CloseReason } from '@kring/shared';

/** A frame the server refuses; the connection that sent it is closed with {@link closeReason}. */
export class ProtocolError extends Error {
  constructor(
    readonly closeReason: CloseReason,
    detail: string,
  ) {
    super(`${closeReason.reason}: ${detail}`);
    this.name = 'ProtocolError';
  }
}
