import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryEntryView, GlossaryListView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const PATH = '/api/communities/test/glossary';

/**
 * The glossary API (`GET|POST /api/communities/:slug/glossary`, as ARCHITECTURE.md's interfaces
 * name it): who may read, add, change and delete entries, what is refused, and that entries
 * last.
 */
describe('glossary API', () => {
  let server: TestServer;
  let editor: TestAccount;
  let otherEditor: TestAccount;
  let commenter: TestAccount;
  let reader: TestAccount;
  let outsider: TestAccount;
  let entry: GlossaryEntryView;

  const as = (account: TestAccount | null) => ({ token: account?.token ?? null });
  const owner = () => ({ token: server.credentials.token });

  beforeAll(async () => {
    server = await startTestServer();
    [editor, otherEditor, commenter, reader, outsider] = await Promise.all([
      createAccount(server, 'Eva'),
      createAccount(server, 'Erik'),
      createAccount(server, 'Cor'),
      createAccount(server, 'Roos'),
      createAccount(server, 'Otto'),
    ]);
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', otherEditor, 'editor');
    await addMember(server, 'test', commenter, 'commenter');
    await addMember(server, 'test', reader, 'reader');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('lets a member add an entry and every member read it, by term', async () => {
    const created = await api(server, 'POST', PATH, {
      ...as(editor),
      body: {
        term: ' Homomorfe encryptie ',
        definition: 'Rekenen op versleutelde gegevens zonder ze te ontsleutelen.',
        synonyms: ['homomorphic encryption', 'Homomorphic Encryption', ''],
        abbreviations: ['HE'],
        language: 'nl',
        links: ['https://nl.wikipedia.org/wiki/Homomorfe_encryptie', '/d/abc'],
      },
    });
    expect(created.status).toBe(201);
    entry = created.body as GlossaryEntryView;
    expect(entry).toMatchObject({
      term: 'Homomorfe encryptie',
      synonyms: ['homomorphic encryption'],
      abbreviations: ['HE'],
      author: { id: editor.user.id, name: 'Eva' },
      canEdit: true,
    });
    const fromCommenter = await api(server, 'POST', PATH, {
      ...as(commenter),
      body: { term: 'DPIA', definition: 'Gegevensbeschermingseffectbeoordeling.' },
    });
    expect(fromCommenter.status).toBe(201);

    const list = await api(server, 'GET', PATH, as(reader));
    expect(list.status).toBe(200);
    const view = list.body as GlossaryListView;
    expect(view.entries.map((each) => each.term)).toEqual(['DPIA', 'Homomorfe encryptie']);
    expect(view.canCreate).toBe(false);
    expect(view.entries.every((each) => !each.canEdit)).toBe(true);
    expect(((await api(server, 'GET', PATH, as(editor))).body as GlossaryListView).canCreate).toBe(
      true,
    );
  });

  it('counts explaining a term as knowing about it in "who can I ask?"', async () => {
    const q = encodeURIComponent('Wie weet er meer van homomorphic encryption?');
    const people = await api(server, 'GET', `/api/people?q=${q}`, as(reader));
    expect(people.status).toBe(200);
    const hits = (people.body as { hits: { userId: string; evidence: unknown[] }[] }).hits;
    const eva = hits.find((hit) => hit.userId === editor.user.id);
    expect(eva?.evidence).toContainEqual({
      kind: 'glossary',
      entryId: entry.id,
      term: 'Homomorfe encryptie',
      communitySlug: 'test',
    });
    const fromOutside = await api(server, 'GET', `/api/people?q=${q}`, as(outsider));
    expect((fromOutside.body as { total: number }).total).toBe(0);
  });

  it('refuses readers, outsiders and the signed-out, without telling outsiders it exists', async () => {
    const body = { term: 'MPC', definition: 'Multi-party computation.' };
    expect((await api(server, 'POST', PATH, { ...as(reader), body })).status).toBe(403);
    expect((await api(server, 'POST', PATH, { ...as(outsider), body })).status).toBe(404);
    expect((await api(server, 'GET', PATH, as(outsider))).status).toBe(404);
    expect((await api(server, 'GET', PATH, as(null))).status).toBe(401);
    expect((await api(server, 'GET', '/api/communities/nope/glossary', owner())).status).toBe(404);
    const patch = await api(server, 'PATCH', `${PATH}/${entry.id}`, {
      ...as(outsider),
      body: { definition: 'Gekaapt.' },
    });
    expect(patch.status).toBe(404);
  });

  it('explains what is wrong with a bad entry and refuses a term twice', async () => {
    const empty = await api(server, 'POST', PATH, {
      ...as(editor),
      body: { term: '  ', definition: 'x' },
    });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('term');
    const badLink = await api(server, 'POST', PATH, {
      ...as(editor),
      body: { term: 'Kwantum', definition: 'x', links: ['javascript:alert(1)'] },
    });
    expect(badLink.status).toBe(400);
    const twice = await api(server, 'POST', PATH, {
      ...as(otherEditor),
      body: { term: 'homomorfe ENCRYPTIE', definition: 'Nog eens.' },
    });
    expect(twice.status).toBe(409);
  });

  it('lets the author and owners change and delete an entry, nobody else', async () => {
    const url = `${PATH}/${entry.id}`;
    const byOther = await api(server, 'PATCH', url, {
      ...as(otherEditor),
      body: { definition: 'Iets anders.' },
    });
    expect(byOther.status).toBe(403);
    expect((await api(server, 'DELETE', url, as(otherEditor))).status).toBe(403);
    expect((await api(server, 'DELETE', url, as(commenter))).status).toBe(403);

    const byAuthor = await api(server, 'PATCH', url, {
      ...as(editor),
      body: { definition: 'Rekenen op versleutelde gegevens.' },
    });
    expect(byAuthor.status).toBe(200);
    expect(byAuthor.body).toMatchObject({
      term: 'Homomorfe encryptie',
      definition: 'Rekenen op versleutelde gegevens.',
      synonyms: ['homomorphic encryption'],
    });
    const byOwner = await api(server, 'PATCH', url, {
      ...owner(),
      body: { synonyms: ['FHE-achtige encryptie'] },
    });
    expect(byOwner.status).toBe(200);
    expect((byOwner.body as GlossaryEntryView).definition).toBe(
      'Rekenen op versleutelde gegevens.',
    );

    const audit = await api(server, 'GET', '/api/communities/test/audit', owner());
    const actions = JSON.stringify(audit.body);
    expect(actions).toContain('glossary.created');
    expect(actions).toContain('glossary.updated');
  });

  it('keeps entries across a restart, and deletes them for good', async () => {
    await server.restart();
    const list = (await api(server, 'GET', PATH, as(reader))).body as GlossaryListView;
    expect(list.entries.map((each) => each.term)).toEqual(['DPIA', 'Homomorfe encryptie']);
    const dpia = list.entries.find((each) => each.term === 'DPIA')!;
    expect((await api(server, 'DELETE', `${PATH}/${dpia.id}`, as(commenter))).status).toBe(204);
    expect((await api(server, 'DELETE', `${PATH}/${dpia.id}`, as(commenter))).status).toBe(404);
    const after = (await api(server, 'GET', PATH, as(reader))).body as GlossaryListView;
    expect(after.entries.map((each) => each.term)).toEqual(['Homomorfe encryptie']);
  });
});
