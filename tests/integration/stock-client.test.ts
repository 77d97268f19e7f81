import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { FRAMES_PARAM, FRAMES_STANDARD } from '@kring/shared';
import { addMember, createAccount, type TestAccount } from '../support/accounts.js';
import { authenticatedWebSocket } from '../support/credentials.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const UNKNOWN_MESSAGE = 'Unable to compute message';

/** A plain y-websocket provider, with none of Kring's message handlers. */
function stockProvider(
  server: TestServer,
  token: string,
  params: Record<string, string>,
): WebsocketProvider {
  return new WebsocketProvider(server.collabUrl, 'stock', new Y.Doc(), {
    WebSocketPolyfill: authenticatedWebSocket(token) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
}

function synced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => provider.once('sync', () => resolve()));
}

describe('stock y-websocket clients', () => {
  let server: TestServer;
  let reader: TestAccount;
  let observer: NodeClient;
  const providers: WebsocketProvider[] = [];
  let errors: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    server = await startTestServer();
    reader = await createAccount(server, 'Rita');
    await addMember(server, 'test', reader, 'reader');
    observer = connectClient(server.collabUrl, 'stock');
    await observer.synced();
    errors = vi.spyOn(console, 'error');
  });
  afterEach(async () => {
    errors.mockRestore();
    for (const provider of providers.splice(0)) provider.destroy();
    observer.destroy();
    await server.dispose();
  });

  /** A stock client edits; resolves once the observer has the edit and its own later edit is saved. */
  async function editAndSettle(provider: WebsocketProvider, text: string): Promise<void> {
    providers.push(provider);
    await synced(provider);
    provider.doc.getText('t').insert(0, text);
    await waitUntil(
      [observer],
      () => observer.doc.getText('t').toString().includes(text),
      () => 'stock edit reached the observer',
    );
    // Written after the stock client's edit: once it is saved, so is the stock client's.
    observer.doc.getText('t').insert(0, '.');
    await waitUntil(
      [observer],
      () => observer.isSaved(),
      () => 'observer saved',
    );
  }

  const unknownMessageLogged = () =>
    errors.mock.calls.some((call: unknown[]) => call.includes(UNKNOWN_MESSAGE));

  it('sends a client that opts out only standard frames, so it logs no unknown messages', async () => {
    await editAndSettle(
      stockProvider(server, server.credentials.token, { [FRAMES_PARAM]: FRAMES_STANDARD }),
      'standard ',
    );
    expect(unknownMessageLogged()).toBe(false);
  });

  it('still sends saved and access to clients without the parameter', async () => {
    // The observer is a stock provider with handlers for 100/101; a bare one logs for each.
    expect(observer.access).toBe('write');
    await editAndSettle(stockProvider(server, server.credentials.token, {}), 'default ');
    expect(unknownMessageLogged()).toBe(true);
  });

  it("still drops a reader's updates when it opted out", async () => {
    const provider = stockProvider(server, reader.token, { [FRAMES_PARAM]: FRAMES_STANDARD });
    providers.push(provider);
    await synced(provider);
    provider.doc.getText('t').insert(0, 'FORGED ');
    // Sent after the update on the same connection: once it is relayed, the update was handled.
    provider.awareness.setLocalState({ user: { name: 'Rita' } });
    await new Promise<void>((resolve) => {
      const seen = () => {
        if (!observer.provider.awareness.getStates().has(provider.doc.clientID)) return;
        observer.provider.awareness.off('change', seen);
        resolve();
      };
      observer.provider.awareness.on('change', seen);
    });
    observer.doc.getText('t').insert(0, 'by the editor');
    await waitUntil(
      [observer],
      () => observer.isSaved() && provider.doc.getText('t').toString().includes('by the editor'),
      () => 'editor edit reached the reader',
    );
    expect(observer.doc.getText('t').toString()).toBe('by the editor');
    expect(unknownMessageLogged()).toBe(false);
  });

  it('refuses an unknown frames value at the upgrade', async () => {
    const url = `${server.kring.url}/collab/stock?${FRAMES_PARAM}=fancy`;
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new (authenticatedWebSocket(server.credentials.token))(
        url.replace(/^http/, 'ws'),
      );
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('opened')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(400);
  });
});
