import { afterAll, beforeAll, describe, expect } from 'vitest';
import { api } from '../support/accounts.js';
import {
  createMatrixPeople,
  declareMatrix,
  MatrixFixtures,
  type Matrix,
  type MatrixAnswer,
  type MatrixPeople,
} from '../support/roleMatrix.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/*
 * Files, versions, templates, trash, page-tree moves (M4) and who is here (M4.2), for every role. The people and
 * communities are those of `roleMatrix.ts`: the roles are members of `pets`; "restricted" pages
 * of `pets` name only the editor; "another community" is `quantum`, where only the outside guest
 * (as editor) and the instance admin belong. Every cell gets fresh fixtures.
 */
// prettier-ignore
const MATRIX: Matrix = {
  // who:                                               anon    non-m   g-oth   g-ed    read    comm    edit    owner   admin
  'POST file':                                        [401,    404,    404,    201,    403,    403,    201,    201,    201],
  'POST file on a restricted page':                   [401,    404,    404,    404,    404,    404,    201,    201,    201],
  'POST file on a page of another community':         [401,    404,    404,    404,    404,    404,    404,    404,    404],
  'GET files':                                        [401,    404,    404,    200,    200,    200,    200,    200,    200],
  'GET files of a restricted page (seen?)':           [401,    404,    404,    'none', 'none', 'none', 'seen', 'seen', 'seen'],
  'GET file':                                         [401,    404,    404,    200,    200,    200,    200,    200,    200],
  'GET file of a restricted page':                    [401,    404,    404,    404,    404,    404,    200,    200,    200],
  'GET file of another community':                    [401,    404,    200,    404,    404,    404,    404,    404,    200],
  'DELETE file':                                      [401,    404,    404,    403,    403,    403,    403,    204,    204],
  'GET versions':                                     [401,    404,    404,    200,    200,    200,    200,    200,    200],
  'GET versions of a restricted page':                [401,    404,    404,    404,    404,    404,    200,    200,    200],
  'POST version':                                     [401,    404,    404,    201,    403,    403,    201,    201,    201],
  'GET version':                                      [401,    404,    404,    200,    200,    200,    200,    200,    200],
  'GET version of a restricted page':                 [401,    404,    404,    404,    404,    404,    200,    200,    200],
  'GET version through another page':                 [401,    404,    404,    404,    404,    404,    404,    404,    404],
  'POST version restore':                             [401,    404,    404,    204,    403,    403,    204,    204,    204],
  'POST version restore of a restricted page':        [401,    404,    404,    404,    404,    404,    204,    204,    204],
  'GET templates':                                    [401,    404,    404,    200,    200,    200,    200,    200,    200],
  'POST page as template':                            [401,    404,    404,    403,    403,    403,    403,    201,    201],
  'POST document from a built-in template':           [401,    404,    404,    201,    403,    403,    201,    201,    201],
  'POST document from another community\'s template': [401,    404,    404,    400,    403,    403,    400,    400,    400],
  'GET trash (trashed page seen?)':                   [401,    404,    404,    'none', 'none', 'none', 'none', 'seen', 'seen'],
  'POST restore from trash':                          [401,    404,    404,    403,    403,    403,    403,    200,    200],
  'PATCH move under a page':                          [401,    404,    404,    200,    403,    403,    200,    200,    200],
  'PATCH move a restricted page':                     [401,    404,    404,    404,    404,    404,    200,    200,    200],
  'PATCH move under a restricted page':               [401,    404,    404,    400,    403,    403,    200,    200,    200],
  'PATCH move under a page of another community':     [401,    404,    404,    400,    403,    403,    400,    400,    400],
  'PATCH tags':                                       [401,    404,    404,    200,    403,    403,    200,    200,    200],
  'GET presence':                                     [401,    404,    404,    200,    200,    200,    200,    200,    200],
};

describe('authorization matrix (M4 content): files, versions, templates, trash, tree', () => {
  let server: TestServer;
  let people: MatrixPeople;
  let make: MatrixFixtures;
  let restrictedTo: string[];
  let quantumTemplate: string;

  beforeAll(async () => {
    server = await startTestServer();
    people = await createMatrixPeople(server);
    make = new MatrixFixtures(server, people.fixtureToken);
    restrictedTo = [people.accounts.get('editor')!.user.id];
    const source = await make.document('quantum');
    const saved = await api(server, 'POST', `/api/documents/${source}/template`, {
      token: people.fixtureToken,
      body: { name: 'Quantum only' },
    });
    expect(saved.status).toBe(201);
    quantumTemplate = (saved.body as { id: string }).id;
  });
  afterAll(() => server.dispose());

  const perform = async (action: string, token: string | null): Promise<MatrixAnswer> => {
    const call = (method: string, path: string, body?: unknown) =>
      api(server, method, path, { token, ...(body === undefined ? {} : { body }) });
    const status = async (method: string, path: string, body?: unknown) =>
      (await call(method, path, body)).status;
    const upload = async (slug: string, documentId?: string) => {
      const attach = documentId === undefined ? '' : `&documentId=${documentId}`;
      const response = await fetch(
        `${server.kring.url}/api/communities/${slug}/files?name=x.csv${attach}`,
        {
          method: 'POST',
          headers: {
            ...(token === null ? {} : { authorization: `Bearer ${token}` }),
            'content-type': 'text/csv',
          },
          body: 'x,y\n',
        },
      );
      await response.body?.cancel();
      return response.status;
    };
    /** The status, or `seen`/`none` for a 200 list that does or does not hold `id`. */
    const listed = async (path: string, id: string) => {
      const answer = await call('GET', path);
      if (answer.status !== 200) return answer.status;
      return (answer.body as { id: string }[]).some((item) => item.id === id) ? 'seen' : 'none';
    };
    const restricted = () => make.document('pets', restrictedTo);
    const versionOf = async (documentId: string) =>
      `/api/documents/${documentId}/versions/${await make.version(documentId)}`;

    switch (action) {
      case 'POST file':
        return upload('pets');
      case 'POST file on a restricted page':
        return upload('pets', await restricted());
      case 'POST file on a page of another community':
        return upload('pets', await make.document('quantum'));
      case 'GET files':
        return status('GET', '/api/communities/pets/files');
      case 'GET files of a restricted page (seen?)': {
        const page = await restricted();
        return listed(
          `/api/communities/pets/files?documentId=${page}`,
          await make.file('pets', page),
        );
      }
      case 'GET file':
        return status('GET', `/api/files/${await make.file('pets')}`);
      case 'GET file of a restricted page':
        return status('GET', `/api/files/${await make.file('pets', await restricted())}`);
      case 'GET file of another community':
        return status('GET', `/api/files/${await make.file('quantum')}`);
      case 'DELETE file':
        return status('DELETE', `/api/files/${await make.file('pets')}`);
      case 'GET versions':
        return status('GET', `/api/documents/${await make.document()}/versions`);
      case 'GET versions of a restricted page':
        return status('GET', `/api/documents/${await restricted()}/versions`);
      case 'POST version':
        return status('POST', `/api/documents/${await make.document()}/versions`, { name: 'Mijn' });
      case 'GET version':
        return status('GET', await versionOf(await make.document()));
      case 'GET version of a restricted page':
        return status('GET', await versionOf(await restricted()));
      case 'GET version through another page': {
        const version = await make.version(await restricted());
        return status('GET', `/api/documents/${await make.document()}/versions/${version}`);
      }
      case 'POST version restore':
        return status('POST', `${await versionOf(await make.document())}/restore`);
      case 'POST version restore of a restricted page':
        return status('POST', `${await versionOf(await restricted())}/restore`);
      case 'GET templates':
        return status('GET', '/api/communities/pets/templates');
      case 'GET presence':
        return status('GET', '/api/communities/pets/presence');
      case 'POST page as template':
        return status('POST', `/api/documents/${await make.document()}/template`, { name: 'T' });
      case 'POST document from a built-in template':
        return status('POST', '/api/communities/pets/documents', { templateId: 'meeting-notes' });
      case "POST document from another community's template":
        return status('POST', '/api/communities/pets/documents', { templateId: quantumTemplate });
      case 'GET trash (trashed page seen?)':
        return listed('/api/communities/pets/trash', await make.trashed());
      case 'POST restore from trash':
        return status('POST', `/api/documents/${await make.trashed()}/restore`);
      case 'PATCH move under a page':
        return status('PATCH', `/api/documents/${await make.document()}`, {
          parentId: await make.document(),
        });
      case 'PATCH move a restricted page':
        return status('PATCH', `/api/documents/${await restricted()}`, { parentId: null });
      case 'PATCH move under a restricted page':
        return status('PATCH', `/api/documents/${await make.document()}`, {
          parentId: await restricted(),
        });
      case 'PATCH move under a page of another community':
        return status('PATCH', `/api/documents/${await make.document()}`, {
          parentId: await make.document('quantum'),
        });
      case 'PATCH tags':
        return status('PATCH', `/api/documents/${await make.document()}`, { tags: ['privacy'] });
    }
    throw new Error(`unknown action ${action}`);
  };

  declareMatrix(MATRIX, () => people, perform);
});
