import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentView, TemplateView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('templates', () => {
  let server: TestServer;
  let owner: TestAccount;
  let editor: TestAccount;
  const clients: NodeClient[] = [];
  const open = async (id: string, token: string) => {
    const client = connectClient(server.collabUrl, id, new Y.Doc(), { token });
    clients.push(client);
    await client.synced();
    return client;
  };
  const headings = (client: NodeClient) =>
    client.doc
      .getXmlFragment('default')
      .toArray()
      .filter((node) => node instanceof Y.XmlElement && node.nodeName === 'heading')
      .map((node) => (node as Y.XmlElement).toArray().join(''));

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', editor, 'editor');
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  it('ships four templates in the reader’s language and starts a page from one', async () => {
    const response = await fetch(`${server.kring.url}/api/communities/test/templates`, {
      headers: { authorization: `Bearer ${editor.token}`, 'accept-language': 'en-GB,en;q=0.9' },
    });
    const templates = (await response.json()) as TemplateView[];
    expect(templates.map((t) => t.name)).toEqual([
      'Meeting notes',
      'Knowledge article',
      'Decision record',
      'Community introduction',
    ]);
    const created = await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'kickoff', templateId: 'meeting-notes' },
    });
    expect(created.status).toBe(201);
    const reader = await open('kickoff', editor.token);
    expect(reader.doc.getText('title').toString()).toBe('Verslag:');
    expect(headings(reader)).toEqual(['Agenda', 'Besluiten', 'Actiepunten']);
    const unknown = await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { templateId: 'no-such-template' },
    });
    expect(unknown.status).toBe(400);
  });

  it('lets owners save a page as a template, which new pages then start from', async () => {
    await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { id: 'model' },
    });
    const writer = await open('model', editor.token);
    writer.doc.getText('title').insert(0, 'Werkplan');
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    const text = new Y.XmlText();
    heading.insert(0, [text]);
    writer.doc.getXmlFragment('default').insert(0, [heading]);
    text.insert(0, 'Doelen');
    await waitUntil(
      [writer],
      () => writer.isSaved(),
      () => 'saved',
    );

    const body = { name: 'Werkplan', description: 'Ons vaste werkplan' };
    expect(
      (await api(server, 'POST', '/api/documents/model/template', { token: editor.token, body }))
        .status,
    ).toBe(403);
    const saved = await api(server, 'POST', '/api/documents/model/template', {
      token: owner.token,
      body,
    });
    expect(saved.status).toBe(201);
    const template = saved.body as TemplateView;
    const copy = await api(server, 'POST', '/api/communities/test/documents', {
      token: editor.token,
      body: { templateId: template.id },
    });
    const reader = await open((copy.body as DocumentView).id, editor.token);
    expect(reader.doc.getText('title').toString()).toBe('Werkplan');
    expect(headings(reader)).toEqual(['Doelen']);
  });
});
