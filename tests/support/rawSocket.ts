import WebSocket from 'ws';
import { credentialsFor, ensureDocument } from './credentials.js';

function authenticated(url: string, token?: string): WebSocket {
  const bearer = token ?? credentialsFor(url).token;
  return new WebSocket(url, { headers: { authorization: `Bearer ${bearer}` } });
}

/** Creates the document a collaboration URL (`ws://…/collab/<id>`) names, as the seeded admin. */
function ensureDocumentOf(url: string): Promise<void> {
  const documentId = new URL(url).pathname.split('/').pop() ?? '';
  const collabUrl = url.slice(0, url.lastIndexOf('/'));
  return ensureDocument(collabUrl, documentId);
}

/**
 * A bare websocket to the collaboration endpoint, for sending frames no real client would. Signed
 * in as the test server's admin (the document is created first) unless `token` is given.
 */
export async function openRawSocket(url: string, token?: string): Promise<WebSocket> {
  if (token === undefined) await ensureDocumentOf(url);
  const socket = authenticated(url, token);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

/** Resolves with the close code the server sends. */
export function closeCode(socket: WebSocket): Promise<number> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.reject(new Error('already closed'));
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/**
 * Resolves with the close event's code and reason of a socket the server refuses at once.
 * `headers` replaces the default credentials (the seeded admin) when given.
 */
export async function refusal(
  url: string,
  headers?: Record<string, string>,
): Promise<{ code: number; reason: string }> {
  let socket: WebSocket;
  if (headers === undefined) {
    await ensureDocumentOf(url);
    socket = authenticated(url);
  } else {
    socket = new WebSocket(url, { headers });
  }
  socket.on('error', () => undefined);
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}
