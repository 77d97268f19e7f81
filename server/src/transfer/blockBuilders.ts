import { numberAttr, type NodeJson } from './docJson.js';

/** Small helpers shared by the importers to build schema-valid ProseMirror JSON. */

/** The node with `content` set only when there is some (empty `content` arrays are omitted). */
export function withContent(node: NodeJson, content: NodeJson[]): NodeJson {
  return content.length > 0 ? { ...node, content } : node;
}

/** The blocks, or one empty paragraph when there are none (for `block+` content). */
export function orParagraph(blocks: NodeJson[]): NodeJson[] {
  return blocks.length > 0 ? blocks : [{ type: 'paragraph' }];
}

/** List and task items must start with a paragraph. */
export function leadingParagraph(blocks: NodeJson[]): NodeJson[] {
  return blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks];
}

/**
 * Paragraph content with images (block nodes in this schema) lifted out between paragraphs.
 * Returns no blocks for empty content.
 */
export function splitAroundImages(inline: readonly NodeJson[]): NodeJson[] {
  const blocks: NodeJson[] = [];
  let run: NodeJson[] = [];
  const flush = (): void => {
    const content = trimRun(run);
    if (content.length > 0) blocks.push({ type: 'paragraph', content });
    run = [];
  };
  for (const node of inline) {
    if (node.type === 'image') {
      flush();
      blocks.push(node);
    } else run.push(node);
  }
  flush();
  return blocks;
}

/** Inline nodes without whitespace at either end; whitespace-only text nodes are dropped. */
export function trimRun(run: readonly NodeJson[]): NodeJson[] {
  const nodes = [...run];
  const first = nodes[0];
  if (first?.text !== undefined) nodes[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = nodes.length - 1;
  const last = nodes[lastIndex];
  if (last?.text !== undefined) nodes[lastIndex] = { ...last, text: last.text.trimEnd() };
  return nodes.filter((node) => node.text !== '');
}

/** An image where only text may stand (a heading): its alt text. */
export function imageAsText(node: NodeJson): NodeJson {
  if (node.type !== 'image') return node;
  const alt = node.attrs?.['alt'];
  return { type: 'text', text: typeof alt === 'string' && alt !== '' ? alt : ' ' };
}

/** A code block; the language is kept only when it looks like one (`ts`, `c++`, `objective-c`). */
export function codeBlock(code: string, language: string | undefined): NodeJson {
  const text = code.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const lang = language && /^[\w#+.-]{1,40}$/.test(language) ? language : null;
  return withContent(
    { type: 'codeBlock', attrs: { language: lang } },
    text ? [{ type: 'text', text }] : [],
  );
}

/** Most columns a cell may span on import. */
export const MAX_CELL_SPAN = 100;

/**
 * Pads table rows with empty cells so that every row spans the same number of columns (the
 * editor would otherwise "fix" the table on load), taking colspan and rowspan into account.
 */
export function rectangularRows(rows: readonly NodeJson[]): NodeJson[] {
  const occupied = rows.map(() => new Set<number>());
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.content ?? []) {
      while (occupied[r]?.has(column)) column++;
      const colspan = Math.min(MAX_CELL_SPAN, Math.max(1, numberAttr(cell, 'colspan', 1)));
      const rowspan = Math.min(rows.length - r, Math.max(1, numberAttr(cell, 'rowspan', 1)));
      for (let k = 0; k < rowspan; k++) {
        for (let c = 0; c < colspan; c++) occupied[r + k]?.add(column + c);
      }
      column += colspan;
    }
  });
  const width = Math.max(0, ...occupied.map((columns) => columns.size));
  return rows.map((row, r) => {
    const missing = width - (occupied[r]?.size ?? 0);
    if (missing <= 0) return row;
    const filler = Array.from({ length: missing }, () => ({
      type: 'tableCell',
      content: [{ type: 'paragraph' }],
    }));
    return { ...row, content: [...(row.content ?? []), ...filler] };
  });
}
