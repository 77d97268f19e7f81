import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const RLO = '\u202E';
const ISOLATE = '\u2067';

describe('bidirectional controls in names', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('are removed from file names, titles, tags, community names and people’s names', async () => {
    const { token } = server.credentials;
    const uploaded = await fetch(
      `${server.kring.url}/api/communities/test/files?name=${encodeURIComponent(`invoice${RLO}gpj.exe`)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: new TextEncoder().encode('a,b\n1,2\n'),
      },
    );
    expect(uploaded.status).toBe(201);
    expect(await uploaded.json()).toMatchObject({ name: 'invoicegpj.exe' });

    const document = await api(server, 'POST', '/api/communities/test/documents', {
      token,
      body: { id: 'bidi', title: `Notulen${RLO} 2027` },
    });
    expect(document.body).toMatchObject({ title: 'Notulen 2027' });
    const tagged = await api(server, 'PATCH', '/api/documents/bidi', {
      token,
      body: { tags: [`pri${ISOLATE}vacy`] },
    });
    expect(tagged.body).toMatchObject({ tags: ['privacy'] });

    const community = await api(server, 'POST', '/api/communities', {
      token,
      body: { slug: 'bidi', name: `Gemeente${RLO} Zoetermeer` },
    });
    expect(community.body).toMatchObject({ name: 'Gemeente Zoetermeer' });
    const renamed = await api(server, 'PATCH', '/api/communities/bidi', {
      token,
      body: { name: `Zoetermeer\u200F` },
    });
    expect(renamed.body).toMatchObject({ name: 'Zoetermeer' });

    const me = await api(server, 'PATCH', '/api/me', {
      token,
      body: { name: `Anna${RLO} de Vries`, organisation: `Gemeente\u061C Delft` },
    });
    expect(me.body).toMatchObject({ name: 'Anna de Vries', organisation: 'Gemeente Delft' });
  });
});
