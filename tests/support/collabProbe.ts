import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { ACCESS_WRITE, MESSAGE_ACCESS } from '@kring/shared';

/**
 * Opens a collaboration connection with the given headers and reports how the server answers
 * first: the access it grants (`read` / `write`), or the close code it refuses with. Closes the
 * socket afterwards.
 */
export function probeCollab(
  url: string,
  headers: Record<string, string>,
): Promise<'read' | 'write' | number> {
  const socket = new WebSocket(url, { headers });
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.once('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      const answer =
        type === MESSAGE_ACCESS
          ? decoding.readVarUint(decoder) === ACCESS_WRITE
            ? 'write'
            : 'read'
          : -type;
      socket.close();
      resolve(answer);
    });
    socket.once('close', (code) => resolve(code));
  });
}

/** Headers of a bearer-token connection. */
export const bearer = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
});
