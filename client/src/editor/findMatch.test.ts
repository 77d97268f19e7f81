import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { contentExtensions } from './contentExtensions.js';
import { findMatch, foldText, queryWords } from './findMatch.js';
import { headingsOf } from './headings.js';

const schema = getSchema(contentExtensions());

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Verslag' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'De ' },
        { type: 'text', text: 'vergaderingen', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' van het Café' },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [] },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Besluit: ja' }] }],
        },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Besluiten' }] },
  ],
});

const textAt = (range: { from: number; to: number } | null) =>
  range === null ? null : doc.textBetween(range.from, range.to);

describe('findMatch', () => {
  it('finds the whole phrase, across marks', () => {
    expect(textAt(findMatch(doc, 'De vergaderingen'))).toBe('De vergaderingen');
  });

  it('ignores case and diacritics', () => {
    expect(textAt(findMatch(doc, 'cafe'))).toBe('Café');
    expect(textAt(findMatch(doc, 'VERSLAG'))).toBe('Verslag');
  });

  it('falls back to the earliest word', () => {
    expect(textAt(findMatch(doc, 'besluit verslag'))).toBe('Verslag');
    expect(textAt(findMatch(doc, 'onbekend besluit'))).toBe('Besluit');
  });

  it('matches word starts only, then stems', () => {
    expect(findMatch(doc, 'lag')).toBeNull();
    expect(textAt(findMatch(doc, 'vergadering'))).toBe('vergaderingen');
    expect(textAt(findMatch(doc, 'verslagen'))).toBe('Verslag');
  });

  it('gives null for nothing to find', () => {
    expect(findMatch(doc, '  ')).toBeNull();
    expect(findMatch(doc, 'xyzzy')).toBeNull();
  });
});

describe('foldText and queryWords', () => {
  it('keep the length and split words', () => {
    expect(foldText('Éé İ')).toHaveLength(4);
    expect(queryWords('Wet open overheid, 2025!')).toEqual(['wet', 'open', 'overheid', '2025']);
    expect(queryWords('a')).toEqual(['a']);
  });
});

describe('headingsOf', () => {
  it('lists non-empty headings with level and position', () => {
    expect(headingsOf(doc).map(({ level, text }) => ({ level, text }))).toEqual([
      { level: 1, text: 'Verslag' },
      { level: 2, text: 'Besluiten' },
    ]);
    const first = headingsOf(doc)[0];
    expect(first && doc.nodeAt(first.pos)?.type.name).toBe('heading');
  });
});
