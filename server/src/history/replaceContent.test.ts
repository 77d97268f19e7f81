import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { docFromState, replaceContent } from './replaceContent.js';

function paragraph(text: string, bold = false): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  element.insert(0, [content]);
  content.insert(0, text, bold ? { bold: true } : {});
  return element;
}

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('replaceContent', () => {
  it('restores title and formatted text as a new change every replica converges on', () => {
    const live = new Y.Doc();
    live.getText('title').insert(0, 'Plan v1');
    live.getXmlFragment('default').insert(0, [paragraph('first '), paragraph('bold', true)]);
    const version = docFromState(Y.encodeStateAsUpdate(live));

    const other = new Y.Doc();
    sync(live, other);
    other.getText('title').insert(7, ' (edited)');
    other.getXmlFragment('default').insert(2, [paragraph('added later')]);
    sync(other, live);
    expect(live.getXmlFragment('default').length).toBe(3);

    replaceContent(live, version);
    sync(live, other);
    for (const doc of [live, other]) {
      expect(doc.getText('title').toString()).toBe('Plan v1');
      expect(doc.getXmlFragment('default').toString()).toBe(
        version.getXmlFragment('default').toString(),
      );
    }
    expect(live.getXmlFragment('default').toString()).toContain('<bold>bold</bold>');
  });
});
