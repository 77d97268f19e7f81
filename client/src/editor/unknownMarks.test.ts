import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { contentExtensions } from './contentExtensions.js';
import { tolerateUnknownMarks } from './unknownMarks.js';

/** A document whose paragraph has bold text and text with a mark no Kring version here knows. */
function documentWithUnknownMark(): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(0, [paragraph]);
  text.insert(0, 'Kept ');
  text.insert(5, 'bold', { bold: true });
  text.insert(9, ' and highlighted', { futureHighlight: { colour: 'yellow' } });
  return fragment;
}

describe('text with a mark from another schema version', () => {
  it('is kept, without the unknown mark', () => {
    const schema = getSchema(contentExtensions());
    tolerateUnknownMarks(schema);
    const fragment = documentWithUnknownMark();
    const node = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    expect(node.textContent).toBe('Kept bold and highlighted');
    const marks = new Map<string, string[]>();
    node.descendants((child) => {
      if (child.isText)
        marks.set(
          child.text ?? '',
          child.marks.map((m) => m.type.name),
        );
    });
    expect(marks.get('bold')).toEqual(['bold']);
    expect(marks.get(' and highlighted')).toEqual([]);
    // The shared document itself is untouched (nothing deleted for the others).
    expect(fragment.toString()).toContain('highlighted');
  });

  it('still throws nothing for known marks and rejects nothing else', () => {
    const schema = getSchema(contentExtensions());
    tolerateUnknownMarks(schema);
    tolerateUnknownMarks(schema);
    expect(schema.mark('italic').type.name).toBe('italic');
    expect(schema.text('x', [schema.mark('nope')]).marks).toEqual([]);
  });
});
