import { describe, expect, it } from 'vitest';
import { kringSchema } from './contentSchema.js';

describe('Kring schema', () => {
  it("has Tiptap's default node and mark names (the editor's too)", () => {
    expect(Object.keys(kringSchema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'codeBlock',
        'doc',
        'hardBreak',
        'heading',
        'horizontalRule',
        'image',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'taskItem',
        'taskList',
        'text',
      ].sort(),
    );
    expect(Object.keys(kringSchema.marks).sort()).toEqual(
      ['bold', 'code', 'italic', 'link', 'strike', 'underline'].sort(),
    );
  });

  it('nests task lists, keeps images as blocks and links without a target, like the editor', () => {
    expect(kringSchema.nodes['taskItem']?.spec.content).toBe('paragraph block*');
    expect(kringSchema.nodes['image']?.isBlock).toBe(true);
    const link = kringSchema.marks['link']?.create({ href: 'https://example.org' });
    expect(link?.attrs).toMatchObject({ href: 'https://example.org', target: null });
  });
});
