import type { CloseReason } from '@kring/shared';

/**
 * What the collaboration layer reports for monitoring. The server wires a Prometheus
 * implementation (`metrics.ts`); tests use {@link NO_METRICS}.
 */
export interface CollabMetrics {
  /** A frame arrived from a client. */
  frameReceived(bytes: number): void;
  /** A frame was sent to a client. */
  frameSent(bytes: number): void;
  /** A document update from a client was applied. */
  updateApplied(): void;
  /** A document update from a read-only connection was dropped unapplied. */
  readOnlyUpdateDropped(): void;
  /** An applied update was sent on to `recipients` other connections. */
  updateFannedOut(recipients: number): void;
  /** A client's document message became durable and was acknowledged, after `seconds`. */
  acknowledged(seconds: number): void;
  /** A connection was refused or closed for a limit or a bad frame. */
  refused(reason: CloseReason): void;
}

/** Reports nothing. */
export const NO_METRICS: CollabMetrics = {
  frameReceived: () => undefined,
  frameSent: () => undefined,
  updateApplied: () => undefined,
  readOnlyUpdateDropped: () => undefined,
  updateFannedOut: () => undefined,
  acknowledged: () => undefined,
  refused: () => undefined,
};
