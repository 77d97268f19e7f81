import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { normalizeDoc } from './docJson.js';
import { markdownToDoc } from './markdownToDoc.js';
import { CONTENT_FIELD, TITLE_FIELD } from '@kring/shared';
import { TransferError } from './TransferError.js';
import { applyDocToYDoc, docToYDoc, yDocToDoc } from './yDocBridge.js';

const { title, doc } = markdownToDoc(`# Bridge

Text with **bold** and a [link](https://example.org).

- a
  - [ ] task
  - [x] done

1. one

| h1 | h2 |
|----|:--:|
| c1 | *c2* |

\`\`\`ts
let x = 1;
\`\`\`

![alt](https://example.org/i.png)
`);

describe('Y.Doc bridge', () => {
  it('JSON → Y.Doc → JSON gives the same document and title', () => {
    const ydoc = docToYDoc(doc, title);
    expect(ydoc.getText(TITLE_FIELD).toString()).toBe('Bridge');
    expect(ydoc.getXmlFragment(CONTENT_FIELD).length).toBeGreaterThan(0);
    expect(yDocToDoc(ydoc)).toEqual({ title, doc });
  });

  it('an encoded update applied to a fresh Y.Doc gives the same JSON', () => {
    const update = Y.encodeStateAsUpdate(docToYDoc(doc, title));
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, update);
    expect(yDocToDoc(fresh)).toEqual({ title, doc });
  });

  it('replaces the content of an existing document in one transaction', () => {
    const ydoc = docToYDoc(doc, title);
    const other = markdownToDoc('# New title\n\nOnly this.');
    let transactions = 0;
    ydoc.on('afterTransaction', () => transactions++);
    applyDocToYDoc(ydoc, other.doc, other.title, 'import');
    expect(transactions).toBe(1);
    expect(yDocToDoc(ydoc)).toEqual(other);
  });

  it('merges with a concurrent edit made elsewhere', () => {
    const base = docToYDoc(doc, title);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(base));
    peer.getText(TITLE_FIELD).insert(6, ' (draft)');
    const edited = normalizeDoc({
      ...doc,
      content: [
        ...(doc.content ?? []),
        { type: 'paragraph', content: [{ type: 'text', text: 'Appended.' }] },
      ],
    });
    applyDocToYDoc(base, edited, title);
    Y.applyUpdate(base, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(base));
    expect(yDocToDoc(peer)).toEqual(yDocToDoc(base));
    expect(yDocToDoc(base)).toEqual({ title: 'Bridge (draft)', doc: edited });
  });

  it('reads an empty Y.Doc as one empty paragraph and refuses JSON outside the schema', () => {
    expect(yDocToDoc(new Y.Doc())).toEqual({
      title: '',
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const ydoc = new Y.Doc();
    expect(() => applyDocToYDoc(ydoc, { type: 'doc', content: [{ type: 'video' }] }, 'x')).toThrow(
      TransferError,
    );
    expect(ydoc.getText(TITLE_FIELD).toString()).toBe('');
  });
});
