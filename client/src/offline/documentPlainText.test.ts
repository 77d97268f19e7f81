import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentText as serverDocumentText } from '../../../server/src/search/documentText.js';
import { documentPlainText } from './documentPlainText.js';

type Child = Y.XmlElement | Y.XmlText;

function element(name: string, children: Child[] = [], attributes: Record<string, string> = {}) {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

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

/** A document with most of what the editor can hold. */
function richDocument(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('title').insert(0, 'Coöperatie: jaarverslag');
  doc
    .getXmlFragment('default')
    .insert(0, [
      element('heading', [text('Fietsen en ', ['bikes', { italic: true }])], { level: '1' }),
      paragraph('Zie ', ['de website', { link: { href: 'https://example.org' } }], '.'),
      element('paragraph', [text('Regel een'), element('hardBreak'), text('regel twee')]),
      element('bulletList', [
        element('listItem', [paragraph('Punt één')]),
        element('listItem', [paragraph('Punt twee')]),
      ]),
      element('table', [
        element('tableRow', [
          element('tableCell', [paragraph('Cel A')]),
          element('tableCell', [paragraph('Cel B')]),
        ]),
      ]),
      element('image', [], { src: '/api/files/f1', alt: 'Een fiets bij de dijk' }),
      element('codeBlock', [text('const a = 1;\nconst b = 2;')]),
      paragraph('   '),
      element('horizontalRule'),
    ]);
  return doc;
}

describe('documentPlainText', () => {
  it('gives the title and one line per block, marks dropped, alt text kept', () => {
    expect(documentPlainText(richDocument())).toEqual({
      title: 'Coöperatie: jaarverslag',
      body: [
        'Fietsen en bikes',
        'Zie de website.',
        'Regel een',
        'regel twee',
        'Punt één',
        'Punt twee',
        'Cel A',
        'Cel B',
        'Een fiets bij de dijk',
        'const a = 1;',
        'const b = 2;',
      ].join('\n'),
    });
  });

  it('gives the same text as the server extracts for its search index', () => {
    const doc = richDocument();
    expect(documentPlainText(doc)).toEqual(serverDocumentText(doc));
  });

  it('gives empty texts for an empty document', () => {
    expect(documentPlainText(new Y.Doc())).toEqual({ title: '', body: '' });
  });
});
