import {
  AWARENESS_FLUSH_MS,
  HEARTBEAT_INTERVAL_MS,
  MAX_CONNECTIONS,
  MAX_CONNECTIONS_PER_DOCUMENT,
  MAX_DOCUMENT_BYTES,
  MAX_FRAME_BYTES,
  MAX_MESSAGES_PER_SECOND,
  MAX_QUEUED_BYTES,
  MESSAGE_BURST,
} from '@kring/shared';

/** The resource limits of the collaboration endpoint. Each refusal has its own close code. */
export interface CollabLimits {
  readonly maxFrameBytes: number;
  readonly maxDocumentBytes: number;
  readonly maxMessagesPerSecond: number;
  readonly messageBurst: number;
  readonly maxQueuedBytes: number;
  readonly maxConnectionsPerDocument: number;
  readonly maxConnections: number;
  readonly awarenessFlushMs: number;
  readonly heartbeatIntervalMs: number;
}

/** The defaults, from `shared/limits.ts`. */
export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  maxFrameBytes: MAX_FRAME_BYTES,
  maxDocumentBytes: MAX_DOCUMENT_BYTES,
  maxMessagesPerSecond: MAX_MESSAGES_PER_SECOND,
  messageBurst: MESSAGE_BURST,
  maxQueuedBytes: MAX_QUEUED_BYTES,
  maxConnectionsPerDocument: MAX_CONNECTIONS_PER_DOCUMENT,
  maxConnections: MAX_CONNECTIONS,
  awarenessFlushMs: AWARENESS_FLUSH_MS,
  heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
};
