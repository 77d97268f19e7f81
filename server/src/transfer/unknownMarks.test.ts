import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FIELD } from '@kring/shared';
import { docToMarkdown } from './docToMarkdown.js';
import { yDocToDoc } from './yDocBridge.js';

describe('unknown marks', () => {
  it('keep their text in exports (the mark is dropped)', () => {
    const ydoc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    ydoc.getXmlFragment(CONTENT_FIELD).insert(0, [paragraph]);
    text.insert(0, 'gewoon ');
    text.insert(7, 'gemarkeerd', { highlightFromTheFuture: { color: 'yellow' } });
    text.insert(17, ' en vet', { bold: true });
    const { doc, title } = yDocToDoc(ydoc);
    expect(docToMarkdown(doc, title)).toContain('gewoon gemarkeerd **en vet**');
    // The document itself is left as it is.
    expect(JSON.stringify(text.toDelta())).toContain('highlightFromTheFuture');
  });
});
