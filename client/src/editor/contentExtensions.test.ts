import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { contentExtensions } from './contentExtensions.js';

describe('contentExtensions', () => {
  it("uses Tiptap's default node and mark names, as the server's import and export do", () => {
    const schema = getSchema(contentExtensions());
    for (const node of [
      'doc',
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'listItem',
      'taskList',
      'taskItem',
      'table',
      'tableRow',
      'tableHeader',
      'tableCell',
      'codeBlock',
      'blockquote',
      'horizontalRule',
      'image',
    ]) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'link', 'code', 'strike', 'underline']) {
      expect(schema.marks[mark], mark).toBeDefined();
    }
  });
});
