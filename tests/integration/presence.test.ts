import type { Awareness } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CLOSE_PRESENCE_TOO_LARGE,
  MAX_AWARENESS_STATE_BYTES,
  MESSAGE_AWARENESS,
  personColor,
} from '@kring/shared';
import { encodeAwarenessEntries } from '../../server/src/collab/awarenessEntries.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Resolves once `check` holds for the awareness (checked on every change). */
function awarenessUntil(awareness: Awareness, check: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('presence never reached the state')), 10_000);
    const evaluate = () => {
      if (!check()) return;
      clearTimeout(timer);
      awareness.off('change', evaluate);
      resolve();
    };
    awareness.on('change', evaluate);
    evaluate();
  });
}

const userOf = (client: NodeClient, clientId: number) =>
  client.provider.awareness.getStates().get(clientId)?.user as Record<string, unknown> | undefined;

describe('presence on the real server', () => {
  let server: TestServer;
  let owner: TestAccount;
  let reader: TestAccount;
  const clients: NodeClient[] = [];

  const open = async (token: string) => {
    const client = connectClient(server.collabUrl, 'shared', new Y.Doc(), { token });
    clients.push(client);
    await client.synced();
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    reader = await createAccount(server, 'Mehmet');
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', reader, 'reader');
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      token: owner.token,
      body: { id: 'shared' },
    });
    expect(created.status).toBe(201);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it("shows each person under their account's name and keeps others from erasing them", async () => {
    const olga = await open(owner.token);
    const observer = await open(server.credentials.token);
    const mehmet = await open(reader.token);
    olga.provider.awareness.setLocalState({ user: { name: 'Olga' } });
    // Pretending to be Olga: shown as Mehmet all the same.
    mehmet.provider.awareness.setLocalState({ user: { name: 'Olga (Olga Org)' }, step: 1 });
    const olgaId = olga.doc.clientID;
    const mehmetId = mehmet.doc.clientID;
    await awarenessUntil(
      observer.provider.awareness,
      () => userOf(observer, olgaId) !== undefined && userOf(observer, mehmetId) !== undefined,
    );
    expect(userOf(observer, mehmetId)).toEqual({
      name: 'Mehmet (Mehmet Org)',
      organisation: 'Mehmet Org',
      color: personColor(reader.user.id),
    });
    expect(userOf(observer, olgaId)?.name).toBe('Olga (Olga Org)');

    // Mehmet tries to erase and to replace Olga's presence, then moves on himself.
    const forge = (clock: number, state: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(
        encoder,
        encodeAwarenessEntries([{ clientId: olgaId, clock, state }]),
      );
      mehmet.provider.ws?.send(encoding.toUint8Array(encoder));
    };
    forge(1000, null);
    forge(1001, { user: { name: 'Olga (Olga Org)' }, said: 'forged' });
    mehmet.provider.awareness.setLocalStateField('step', 2);
    await awarenessUntil(
      observer.provider.awareness,
      () => observer.provider.awareness.getStates().get(mehmetId)?.step === 2,
    );
    expect(observer.provider.awareness.getStates().get(olgaId)).toEqual({
      user: {
        name: 'Olga (Olga Org)',
        organisation: 'Olga Org',
        color: personColor(owner.user.id),
      },
    });

    olga.destroy();
    await awarenessUntil(observer.provider.awareness, () => userOf(observer, olgaId) === undefined);
  });

  it('refuses a presence state over the limit: closes its sender, relays nothing of it', async () => {
    const observer = await open(server.credentials.token);
    const olga = await open(owner.token);
    const mehmet = await open(reader.token);
    const closed = new Promise<number>((resolve) =>
      mehmet.provider.once('connection-close', (event: CloseEvent | null) =>
        resolve(event?.code ?? 0),
      ),
    );
    mehmet.provider.awareness.setLocalState({ blob: 'x'.repeat(MAX_AWARENESS_STATE_BYTES + 1) });
    expect(await closed).toBe(CLOSE_PRESENCE_TOO_LARGE.code);

    // Everyone else carries on: the next presence arrives, the oversized one never did.
    olga.provider.awareness.setLocalState({ user: { name: 'Olga' } });
    await awarenessUntil(
      observer.provider.awareness,
      () => userOf(observer, olga.doc.clientID) !== undefined,
    );
    expect(observer.provider.awareness.getStates().has(mehmet.doc.clientID)).toBe(false);
  });
});
