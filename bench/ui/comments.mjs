// The comment threads of the keystroke measurement: `count` threads spread over the long
// document, each anchored to a few words of its paragraph (as the browser anchors them: Yjs
// relative positions in the paragraph's text), so the page shows `count` highlights.
import * as Y from 'yjs';
import { COMMUNITY } from './server.mjs';

const base64 = (bytes) => Buffer.from(bytes).toString('base64');

/** The document's current Y.Doc, through the offline pull (what a browser's copy would get). */
async function pullDocument(origin, token, documentId) {
  const response = await fetch(`${origin}/api/communities/${COMMUNITY}/offline/pull`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      documents: [{ id: documentId, stateVector: base64(Y.encodeStateVector(new Y.Doc())) }],
    }),
  });
  if (response.status !== 200) throw new Error(`pulling the document: HTTP ${response.status}`);
  const { documents } = await response.json();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documents[0].update, 'base64'));
  return doc;
}

/** Adds `count` anchored comment threads, evenly over the document's paragraphs. */
export async function createCommentThreads(origin, token, documentId, count) {
  const doc = await pullDocument(origin, token, documentId);
  const paragraphs = doc.getXmlFragment('default').toArray();
  const step = Math.max(1, Math.floor(paragraphs.length / count));
  for (let index = 0; index < count; index++) {
    const text = paragraphs[(index * step) % paragraphs.length].toArray()[0];
    const anchor = (at) =>
      base64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, at)));
    const response = await fetch(
      `${origin}/api/documents/${encodeURIComponent(documentId)}/comments`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          anchor: { start: anchor(7), end: anchor(30) },
          quote: text.toString().slice(7, 30),
          body: `Opmerking ${index + 1} bij deze alinea.`,
        }),
      },
    );
    if (response.status !== 201)
      throw new Error(`comment thread ${index}: HTTP ${response.status}`);
  }
}
