import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { contentExtensions } from '../editor/contentExtensions.js';
import { blockKey, blocksOf } from './blocks.js';

const text = (value: string) => [{ type: 'text', text: value }];

describe('blocksOf', () => {
  it('lists the text blocks of a document with their kind', () => {
    const schema = getSchema(contentExtensions());
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: text('Kop') },
        { type: 'paragraph' },
        { type: 'paragraph', content: text('  Twee   spaties ') },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: true },
              content: [{ type: 'paragraph', content: text('Taak') }],
            },
          ],
        },
      ],
    });
    expect(blocksOf(doc)).toEqual([
      { kind: 'heading', level: 2, text: 'Kop' },
      { kind: 'paragraph', level: 0, text: 'Twee spaties' },
      { kind: 'listItem', level: 0, text: 'Taak' },
    ]);
  });

  it('keys blocks by kind and text', () => {
    const paragraph = { kind: 'paragraph', level: 0, text: 'a' } as const;
    expect(blockKey(paragraph)).toBe(blockKey({ ...paragraph }));
    expect(blockKey(paragraph)).not.toBe(blockKey({ kind: 'heading', level: 1, text: 'a' }));
  });
});
