// Seeding for the offline bench over the REST API (not measured): pages imported as Markdown,
// a member account made through an invitation, and changes to pages made on the server.
import * as Y from 'yjs';
import { COMMUNITY } from '../ui/server.mjs';

const IMPORT_CONCURRENCY = 4;

async function api(origin, token, path, init = {}) {
  const response = await fetch(`${origin}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
  const body = await response.text();
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${body}`);
  return body === '' ? null : JSON.parse(body);
}

/** Imports `pages` ({ title, markdown }) into the bench community; resolves with their ids. */
export async function importPages(origin, token, pages) {
  const ids = new Array(pages.length);
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const index = next++;
      const { title, markdown } = pages[index];
      const name = encodeURIComponent(`${title}.md`);
      const [document] = await api(
        origin,
        token,
        `/api/communities/${COMMUNITY}/import?name=${name}`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/markdown' },
          body: markdown,
        },
      );
      ids[index] = document.id;
    }
  };
  await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
  return ids;
}

/** An editor of the bench community, signed up through an invitation; resolves with its email. */
export async function inviteMember(origin, token, password) {
  const { token: invitation } = await api(
    origin,
    token,
    `/api/communities/${COMMUNITY}/invitations`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'editor' }),
    },
  );
  const email = 'offline-bench-member@partner.example';
  const response = await fetch(`${origin}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Offline Bench',
      email,
      organisation: 'Partner',
      password,
      invitation,
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${await response.text()}`);
  return email;
}

const EMPTY_STATE_VECTOR = Buffer.from(Y.encodeStateVector(new Y.Doc())).toString('base64');

/**
 * Appends a paragraph (`text(id)`) to each of `ids` on the server, as another person editing with
 * a Yjs client would: their current state is pulled, the paragraph added to a local Y.Doc and
 * the difference pushed (`/offline/push`, answered once it is on disk). Ids: at most 50.
 */
export async function appendParagraphs(origin, token, ids, text) {
  const base = `/api/communities/${COMMUNITY}/offline`;
  const pulled = await api(origin, token, `${base}/pull`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      documents: ids.map((id) => ({ id, stateVector: EMPTY_STATE_VECTOR })),
    }),
  });
  const updates = pulled.documents.map((document) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(document.update, 'base64'));
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text(document.id))]);
    doc.getXmlFragment('default').push([paragraph]);
    const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
    doc.destroy();
    return { id: document.id, update };
  });
  const pushed = await api(origin, token, `${base}/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ documents: updates }),
  });
  if (pushed.saved.length !== ids.length) {
    throw new Error(
      `push saved ${pushed.saved.length} of ${ids.length}: ${JSON.stringify(pushed.refused)}`,
    );
  }
}
