import WebSocket from 'ws';

/** A bare websocket to the collaboration endpoint, for sending frames no real client would. */
export async function openRawSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
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

/** Resolves with the close event's code and reason of a socket the server refuses at once. */
export function refusal(url: string): Promise<{ code: number; reason: string }> {
  const socket = new WebSocket(url);
  socket.on('error', () => undefined);
  return new Promise((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}
