import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentText, documentTextFromUpdate } from './documentText.js';

type Child = Y.XmlElement | Y.XmlText;

/** An element with attributes and children, as Tiptap's y-prosemirror binding stores it. */
function element(name: string, children: Child[] = [], attributes: Record<string, string> = {}) {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

/** A text node; `[text, marks]` pairs become formatted runs. */
function text(...runs: (string | [string, Record<string, unknown>])[]) {
  const node = new Y.XmlText();
  let at = 0;
  for (const run of runs) {
    const [value, marks] = typeof run === 'string' ? [run, undefined] : run;
    node.insert(at, value, marks);
    at += value.length;
  }
  return node;
}

const paragraph = (...runs: Parameters<typeof text>) => element('paragraph', [text(...runs)]);

function makeDoc(title: string, blocks: Child[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('title').insert(0, title);
  doc.getXmlFragment('default').insert(0, blocks);
  return doc;
}

describe('documentText', () => {
  it('gives the title and one line per block, marks dropped', () => {
    const doc = makeDoc('Notulen september', [
      element('heading', [text('Besluiten')], { level: '2' }),
      paragraph('De handreiking wordt ', ['vastgesteld', { bold: true }], ' in oktober.'),
      element('horizontalRule'),
      element('codeBlock', [text('const a = 1;\nconst b = 2;')]),
      element('blockquote', [paragraph('Geciteerd')]),
    ]);
    expect(documentText(doc)).toEqual({
      title: 'Notulen september',
      body: [
        'Besluiten',
        'De handreiking wordt vastgesteld in oktober.',
        'const a = 1;',
        'const b = 2;',
        'Geciteerd',
      ].join('\n'),
    });
  });

  it('separates list items, task items and table cells', () => {
    const doc = makeDoc('Lijsten', [
      element('bulletList', [
        element('listItem', [paragraph('één')]),
        element('listItem', [
          paragraph('twee'),
          element('orderedList', [element('listItem', [paragraph('twee a')])]),
        ]),
      ]),
      element('taskList', [element('taskItem', [paragraph('taak')], { checked: 'true' })]),
      element('table', [
        element('tableRow', [
          element('tableHeader', [paragraph('kop')]),
          element('tableCell', [paragraph('cel')]),
        ]),
      ]),
    ]);
    expect(documentText(doc).body).toBe(['één', 'twee', 'twee a', 'taak', 'kop', 'cel'].join('\n'));
  });

  it('turns hard breaks into line breaks and keeps image alt text', () => {
    const doc = makeDoc('', [
      element('paragraph', [text('regel een'), element('hardBreak'), text('regel twee')]),
      element('image', [], { src: 'https://example.org/a.png', alt: 'Schema van de architectuur' }),
    ]);
    expect(documentText(doc).body).toBe('regel een\nregel twee\nSchema van de architectuur');
  });

  it('leaves out empty blocks and gives empty strings for an empty document', () => {
    expect(documentText(makeDoc('', [paragraph(''), paragraph('  ')]))).toEqual({
      title: '',
      body: '',
    });
    expect(documentText(new Y.Doc())).toEqual({ title: '', body: '' });
  });

  it('reads the same text from an encoded update', () => {
    const doc = makeDoc('Titel', [paragraph('Inhoud met ideeën')]);
    const update = Y.encodeStateAsUpdate(doc);
    expect(documentTextFromUpdate(update)).toEqual(documentText(doc));
  });
});
