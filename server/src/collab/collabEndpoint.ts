import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CLOSE_DOCUMENT_FULL,
  CLOSE_LOAD_FAILED,
  CLOSE_SERVER_FULL,
  CLOSE_SERVER_SHUTDOWN,
  COLLAB_PATH_PREFIX,
  FRAMES_PARAM,
  FRAMES_STANDARD,
  isDocumentId,
  type CloseReason,
} from '@kring/shared';
import { SYSTEM_CLOCK, type Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { AccessGuard } from './AccessGuard.js';
import { CollabConnection, type ConnectionIdentity } from './CollabConnection.js';
import type { CollabDocument } from './CollabDocument.js';
import type { CollabLimits } from './CollabLimits.js';
import type { CollabMetrics } from './CollabMetrics.js';
import type { ConnectedPeople } from './ConnectedPeople.js';
import type { DocumentRegistry } from './DocumentRegistry.js';
import { LimitedWebSocket } from './LimitedWebSocket.js';

/** What the collaboration endpoint needs. */
export interface CollabEndpointOptions {
  readonly registry: DocumentRegistry;
  readonly logger: Logger;
  readonly metrics: CollabMetrics;
  readonly limits: CollabLimits;
  /** Authenticates and authorizes upgrades, and re-checks open connections when access changes. */
  readonly guard: AccessGuard;
  /** Timer of the heartbeat (default: the system clock). */
  readonly clock?: Clock;
  /** Told who opens and closes which document ("who is here" on a community's overview). */
  readonly people?: ConnectedPeople;
}

/** The running endpoint. */
export interface CollabEndpoint {
  /** Number of open collaboration connections. */
  readonly connectionCount: number;
  /** Refuses new connections and closes open ones with "server shutdown" (1001). */
  close(): void;
}

function refuseUpgrade(socket: Duplex, status: 400 | 404 | 503, message: string): void {
  const statusText = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' }[status];
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Error listener for a socket being upgraded. A module-level function: a closure created in the
 * upgrade handler would keep the request, its headers and its first bytes alive for as long as
 * the connection lives.
 */
function destroyOnError(this: Duplex): void {
  this.destroy();
}

/** The document id in an upgrade request's path, `null` when the path is not the endpoint's. */
function documentIdFromPath(request: IncomingMessage): string | null {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  return path.startsWith(COLLAB_PATH_PREFIX) ? path.slice(COLLAB_PATH_PREFIX.length) : null;
}

/**
 * Whether the upgrade asked for Kring's extension frames (the default) or standard y-websocket
 * frames only; `null` for a value the protocol does not define.
 */
function kringFramesWanted(request: IncomingMessage): boolean | null {
  const value = new URL(request.url ?? '/', 'http://localhost').searchParams.get(FRAMES_PARAM);
  if (value === null) return true;
  return value === FRAMES_STANDARD ? false : null;
}

/**
 * Serves `/collab/:documentId` on an HTTP server's upgrade event. A document is fully loaded from
 * storage before the websocket handshake completes, so no client ever sees, or edits, a blank
 * stand-in for a stored document.
 */
export function attachCollabEndpoint(
  server: Server,
  options: CollabEndpointOptions,
): CollabEndpoint {
  const { registry, logger, metrics, limits, guard, people } = options;
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    WebSocket: LimitedWebSocket,
  });
  const connections = new Set<CollabConnection>();
  const perDocument = new Map<string, number>();
  let accepting = true;
  // One timer for all connections, not one each: idle connections should cost almost nothing.
  const clock = options.clock ?? SYSTEM_CLOCK;
  const heartbeat = clock.setInterval(() => {
    for (const connection of connections) connection.heartbeat();
  }, limits.heartbeatIntervalMs);
  heartbeat.unref();
  /** Upgrades in progress count too, so a burst of joiners cannot overshoot the limits. */
  let admitted = 0;

  const release = (documentId: string): void => {
    admitted -= 1;
    const left = (perDocument.get(documentId) ?? 1) - 1;
    if (left === 0) perDocument.delete(documentId);
    else perDocument.set(documentId, left);
  };

  /**
   * Starts a connection. Defined outside the upgrade handler so that nothing a connection keeps
   * (its close callback) holds on to the upgrade request, its headers or its first bytes.
   */
  const accept = (
    websocket: WebSocket,
    document: CollabDocument,
    identity: ConnectionIdentity,
    kringFrames: boolean,
  ): void => {
    const connection = new CollabConnection(websocket, document, identity, {
      logger,
      metrics,
      limits,
      kringFrames,
      onClosed: (closed) => {
        connections.delete(closed);
        guard.untrack(closed);
        people?.remove(document.id, identity.userId);
        release(document.id);
        registry.release(document);
      },
    });
    connections.add(connection);
    guard.track(connection);
    people?.add(document.id, identity.userId);
  };

  /** Completes the upgrade only to close at once with a named code the client understands. */
  const refuseWithClose = (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    reason: CloseReason,
  ): void => {
    metrics.refused(reason);
    logger.warn({ closeCode: reason.code, reason: reason.reason }, 'refused a connection');
    sockets.handleUpgrade(request, socket, head, (websocket) =>
      websocket.close(reason.code, reason.reason),
    );
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', destroyOnError);
    const documentId = documentIdFromPath(request);
    if (documentId === null) return refuseUpgrade(socket, 404, 'unknown websocket endpoint');
    if (!isDocumentId(documentId)) return refuseUpgrade(socket, 400, 'invalid document id');
    const kringFrames = kringFramesWanted(request);
    if (kringFrames === null)
      return refuseUpgrade(socket, 400, `invalid ${FRAMES_PARAM} parameter`);
    if (!accepting) return refuseUpgrade(socket, 503, 'server is shutting down');
    if (admitted >= limits.maxConnections)
      return refuseWithClose(request, socket, head, CLOSE_SERVER_FULL);
    const inDocument = perDocument.get(documentId) ?? 0;
    if (inDocument >= limits.maxConnectionsPerDocument) {
      return refuseWithClose(request, socket, head, CLOSE_DOCUMENT_FULL);
    }
    admitted += 1;
    perDocument.set(documentId, inDocument + 1);

    let identity: ConnectionIdentity | null = null;
    guard
      .authorize(request, documentId)
      .then((decision) => {
        if (!decision.ok) {
          release(documentId);
          // Refused before anything is loaded or read from the client: nothing it sent is applied.
          if (!socket.destroyed) refuseWithClose(request, socket, head, decision.reason);
          return null;
        }
        identity = decision.identity;
        return registry.acquire(documentId);
      })
      .then(
        (document) => {
          if (document === null || identity === null) return;
          if (socket.destroyed || !accepting) {
            release(documentId);
            registry.release(document);
            socket.destroy();
            return;
          }
          const granted = identity;
          sockets.handleUpgrade(request, socket, head, (websocket) =>
            accept(websocket, document, granted, kringFrames),
          );
        },
        (error: unknown) => {
          release(documentId);
          logger.error({ err: error, documentId }, 'loading a document failed');
          if (socket.destroyed) return;
          metrics.refused(CLOSE_LOAD_FAILED);
          sockets.handleUpgrade(request, socket, head, (websocket) => {
            websocket.close(CLOSE_LOAD_FAILED.code, CLOSE_LOAD_FAILED.reason);
          });
        },
      );
  });

  return {
    get connectionCount() {
      return connections.size;
    },
    close() {
      accepting = false;
      clock.clearInterval(heartbeat);
      for (const connection of [...connections]) connection.close(CLOSE_SERVER_SHUTDOWN);
      sockets.close();
    },
  };
}
