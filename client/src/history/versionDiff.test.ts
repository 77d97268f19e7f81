import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { contentExtensions } from '../editor/contentExtensions.js';
import { blocksOf, diffBlocks, diffSequence, diffWords, type DiffPart } from './versionDiff.js';

const show = (parts: readonly DiffPart[]) =>
  parts
    .map(({ kind, text }) =>
      kind === 'same' ? text : kind === 'added' ? `{+${text}}` : `{-${text}}`,
    )
    .join('');

describe('diffSequence', () => {
  it('finds a shortest edit script', () => {
    const ops = diffSequence(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd']);
    expect(ops.map(({ kind, item }) => `${kind[0]}${item}`)).toEqual([
      'sa',
      'rb',
      'sc',
      'ax',
      'sd',
    ]);
  });

  it('handles empty sides', () => {
    expect(diffSequence([], ['a'])).toEqual([{ kind: 'added', item: 'a' }]);
    expect(diffSequence(['a'], [])).toEqual([{ kind: 'removed', item: 'a' }]);
    expect(diffSequence([], [])).toEqual([]);
  });
});

describe('diffWords', () => {
  it('marks inserted and removed words', () => {
    expect(show(diffWords('De raad besluit vandaag', 'De raad besluit morgen niet'))).toBe(
      'De raad besluit {-vandaag}{+morgen niet}',
    );
    expect(show(diffWords('een twee', 'een twee'))).toBe('een twee');
    expect(show(diffWords('', 'nieuw'))).toBe('{+nieuw}');
  });
});

describe('diffBlocks', () => {
  it('keeps unchanged blocks and pairs replaced ones', () => {
    const changes = diffBlocks(
      ['Titel', 'Oud punt', 'Weg'],
      ['Titel', 'Nieuw punt', 'Erbij', 'Extra'],
    );
    expect(
      changes.map((c) => (c.kind === 'changed' ? `~${show(c.parts)}` : `${c.kind}:${c.text}`)),
    ).toEqual(['same:Titel', '~{-Oud}{+Nieuw} punt', '~{-Weg}{+Erbij}', 'added:Extra']);
  });

  it('reports removed blocks', () => {
    expect(diffBlocks(['a', 'b'], ['a'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
    ]);
  });
});

describe('blocksOf', () => {
  it('lists the text blocks of a document', () => {
    const schema = getSchema(contentExtensions());
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kop' }] },
        { type: 'paragraph' },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: true },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Taak' }] }],
            },
          ],
        },
      ],
    });
    expect(blocksOf(doc)).toEqual(['Kop', 'Taak']);
  });
});
