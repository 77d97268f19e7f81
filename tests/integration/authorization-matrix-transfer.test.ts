import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED, type SearchResultsView } from '@kring/shared';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import { api } from '../support/accounts.js';
import { bearer, probeCollab } from '../support/collabProbe.js';
import {
  createMatrixPeople,
  declareMatrix,
  MatrixFixtures,
  type Matrix,
  type MatrixAnswer,
  type MatrixPeople,
} from '../support/roleMatrix.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const DENIED = CLOSE_FORBIDDEN.code;
const NO_AUTH = CLOSE_UNAUTHORIZED.code;

/*
 * Import, export, search, backlinks and the collaboration websocket on M4's pages, for every role
 * (people as in `roleMatrix.ts`). Fixed pages, written before the tests: `open` and `secret`
 * (restricted to the editor) in `pets` both mention "zebrapad" and link to `target`; `open` also
 * links to `secret-target` (restricted); `elsewhere` is a `quantum` page about "zebrapad"; `gone`
 * mentioned it too and lies in the trash. Answers list the pages a caller gets to see by their
 * first letter (o, s, e, g), or `none`.
 */
// prettier-ignore
const MATRIX: Matrix = {
  // who:                                               anon     non-m    g-oth    g-ed     read     comm     edit     owner    admin
  'GET search':                                       [401,     'none',  'e',     'o',     'o',     'o',     'o+s',   'o+s',   'e+o+s'],
  'GET search in pets':                               [401,     404,     404,     'o',     'o',     'o',     'o+s',   'o+s',   'o+s'],
  'GET search in quantum':                            [401,     404,     'e',     404,     404,     404,     404,     404,     'e'],
  'GET backlinks':                                    [401,     404,     404,     'o',     'o',     'o',     'o+s',   'o+s',   'o+s'],
  'GET backlinks of a restricted page':               [401,     404,     404,     404,     404,     404,     'o',     'o',     'o'],
  'GET page export (md)':                             [401,     404,     404,     200,     200,     200,     200,     200,     200],
  'GET page export (html)':                           [401,     404,     404,     200,     200,     200,     200,     200,     200],
  'GET page export (docx)':                           [401,     404,     404,     200,     200,     200,     200,     200,     200],
  'GET restricted page export':                       [401,     404,     404,     404,     404,     404,     200,     200,     200],
  'GET trashed page export':                          [401,     404,     404,     404,     404,     404,     404,     404,     404],
  'GET export of another community\'s page':          [401,     404,     200,     404,     404,     404,     404,     404,     200],
  'GET community export (pages inside)':              [401,     404,     404,     'o',     'o',     'o',     'o+s',   'o+s',   'o+s'],
  'POST import Markdown':                             [401,     404,     404,     201,     403,     403,     201,     201,     201],
  'POST import zip':                                  [401,     404,     404,     201,     403,     403,     201,     201,     201],
  'POST import under a page of another community':    [401,     404,     404,     400,     403,     403,     400,     400,     400],
  // A page one may not open answers like a missing parent (400): restricted ids cannot be probed.
  'POST import under a restricted page':              [401,     404,     404,     400,     403,     403,     201,     201,     201],
  'POST document under a restricted page':            [401,     404,     404,     400,     403,     403,     201,     201,     201],
  'websocket trashed page':                           [NO_AUTH, DENIED,  DENIED,  DENIED,  DENIED,  DENIED,  DENIED,  DENIED,  DENIED],
  'websocket page of another community':              [NO_AUTH, DENIED,  'write', DENIED,  DENIED,  DENIED,  DENIED,  DENIED,  'write'],
};

describe('authorization matrix (M4 transfer): import, export, search, backlinks, websocket', () => {
  let server: TestServer;
  let people: MatrixPeople;
  let make: MatrixFixtures;
  let restrictedTo: string[];

  beforeAll(async () => {
    server = await startTestServer();
    people = await createMatrixPeople(server);
    make = new MatrixFixtures(server, people.fixtureToken);
    restrictedTo = [people.accounts.get('editor')!.user.id];
    const admin = people.fixtureToken;
    const create = async (slug: string, id: string) =>
      expect(
        (
          await api(server, 'POST', `/api/communities/${slug}/documents`, {
            token: admin,
            body: { id },
          })
        ).status,
      ).toBe(201);
    for (const id of ['open', 'secret', 'target', 'secret-target', 'gone'])
      await create('pets', id);
    await create('quantum', 'elsewhere');
    for (const id of ['secret', 'secret-target']) {
      await api(server, 'PUT', `/api/documents/${id}/access`, {
        token: admin,
        body: { restrictedTo },
      });
    }
    await make.write('open', 'Open pagina', 'Over de zebrapad.', ['target', 'secret-target']);
    await make.write('secret', 'Geheime pagina', 'Ook over de zebrapad.', ['target']);
    await make.write('gone', 'Weggegooid', 'Een oude zebrapad.');
    await make.write('elsewhere', 'Elders', 'Een zebrapad in quantum.');
    await make.write('target', 'Doel', 'Hier komen links op uit.');
    expect((await api(server, 'DELETE', '/api/documents/gone', { token: admin })).status).toBe(204);
    // Search and backlinks are indexed in the background: wait until the admin sees everything.
    await vi.waitFor(async () => expect(await searchAs(admin, 'q=zebrapad')).toBe('e+o+s'), {
      timeout: 15_000,
    });
    await vi.waitFor(async () => expect(await backlinksAs(admin, 'target')).toBe('o+s'), {
      timeout: 15_000,
    });
  });
  afterAll(() => server.dispose());

  /** First letters of pages joined with `+` (sorted), or `none`. */
  const letters = (found: string[]) =>
    found.length === 0
      ? 'none'
      : found
          .map((id) => id[0])
          .sort()
          .join('+');
  /** The {@link letters} of a listing's pages, or its status when not 200. */
  const ids = (answer: { status: number; body: unknown }, pick: (body: unknown) => string[]) =>
    answer.status === 200 ? letters(pick(answer.body)) : answer.status;
  const searchAs = async (token: string | null, query: string) =>
    ids(await api(server, 'GET', `/api/search?${query}`, { token }), (body) =>
      (body as SearchResultsView).hits.map((hit) => hit.documentId),
    );
  const backlinksAs = async (token: string | null, id: string) =>
    ids(await api(server, 'GET', `/api/documents/${id}/backlinks`, { token }), (body) =>
      (body as { id: string }[]).map((page) => page.id),
    );

  const perform = async (action: string, token: string | null): Promise<MatrixAnswer> => {
    const auth: Record<string, string> = token === null ? {} : bearer(token);
    const status = async (path: string) => {
      const response = await fetch(`${server.kring.url}${path}`, { headers: auth });
      await response.body?.cancel();
      return response.status;
    };
    const importAs = async (contentType: string, body: Uint8Array | string, query = '') => {
      const response = await fetch(`${server.kring.url}/api/communities/pets/import${query}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': contentType },
        body: typeof body === 'string' ? body : Buffer.from(body),
      });
      await response.body?.cancel();
      return response.status;
    };
    switch (action) {
      case 'GET search':
        return searchAs(token, 'q=zebrapad');
      case 'GET search in pets':
        return searchAs(token, 'q=zebrapad&community=pets');
      case 'GET search in quantum':
        return searchAs(token, 'q=zebrapad&community=quantum');
      case 'GET backlinks':
        return backlinksAs(token, 'target');
      case 'GET backlinks of a restricted page':
        return backlinksAs(token, 'secret-target');
      case 'GET page export (md)':
        return status('/api/documents/open/export?format=md');
      case 'GET page export (html)':
        return status('/api/documents/open/export?format=html');
      case 'GET page export (docx)':
        return status('/api/documents/open/export?format=docx');
      case 'GET restricted page export':
        return status('/api/documents/secret/export');
      case 'GET trashed page export':
        return status('/api/documents/gone/export');
      case "GET export of another community's page":
        return status('/api/documents/elsewhere/export');
      case 'GET community export (pages inside)': {
        const response = await fetch(`${server.kring.url}/api/communities/pets/export`, {
          headers: auth,
        });
        if (response.status !== 200) return response.status;
        const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
        const texts = Object.values(files).map((content) => strFromU8(content));
        const titles = {
          open: 'Open pagina',
          secret: 'Geheime pagina',
          gone: 'Weggegooid',
          elsewhere: 'Elders',
        };
        return letters(
          Object.entries(titles)
            .filter(([, title]) => texts.some((text) => text.includes(title)))
            .map(([id]) => id),
        );
      }
      case 'POST import Markdown':
        return importAs('text/markdown', '# Geimporteerd\n\nTekst.');
      case 'POST import zip':
        return importAs('application/zip', zipSync({ 'Map/Pagina.md': strToU8('# Pagina') }));
      case 'POST import under a restricted page':
        return importAs(
          'text/markdown',
          '# Onder geheim',
          `?parentId=${await make.document('pets', restrictedTo)}`,
        );
      case 'POST document under a restricted page': {
        const parentId = await make.document('pets', restrictedTo);
        return (
          await api(server, 'POST', '/api/communities/pets/documents', {
            token,
            body: { parentId },
          })
        ).status;
      }
      case 'POST import under a page of another community':
        return importAs('text/markdown', '# Onder elders', '?parentId=elsewhere');
      case 'websocket trashed page':
        return probeCollab(`${server.collabUrl}/gone`, auth);
      case 'websocket page of another community':
        return probeCollab(`${server.collabUrl}/elsewhere`, auth);
    }
    throw new Error(`unknown action ${action}`);
  };

  declareMatrix(MATRIX, () => people, perform);
});
