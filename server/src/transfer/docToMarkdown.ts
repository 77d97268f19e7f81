import { normalizeDoc, numberAttr, stringAttr, type NodeJson } from './docJson.js';
import { escapeText, inlineToMarkdown, linkDestination } from './markdownInlineWriter.js';
import { safeImageSrc } from '@kring/shared';
import { withAbsoluteLinks, type ExportOptions } from './siteLinks.js';

const BULLET_FAMILY = new Set(['bulletList', 'taskList']);

/**
 * Writes a Kring document as GitHub-flavoured Markdown, with the title (when given) as a leading
 * level-1 heading, so that {@link markdownToDoc} reads the same title and document back.
 *
 * Lossy where GFM has no syntax: underline is dropped, table cells are flattened to one line
 * (merged cells are written as single cells), a table's first row is always its header row, and
 * empty paragraphs disappear.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export function docToMarkdown(doc: NodeJson, title?: string, options: ExportOptions = {}): string {
  const root = withAbsoluteLinks(normalizeDoc(doc), options.siteUrl);
  const heading = title?.trim() ? `# ${escapeText(title.trim().replace(/\s+/g, ' '), false)}` : '';
  const body = blocksToMarkdown(root.content ?? [], false);
  return `${[heading, body].filter((part) => part !== '').join('\n\n')}\n`;
}

/** Blocks separated by blank lines (a list right after a paragraph in a list item: one newline). */
function blocksToMarkdown(blocks: readonly NodeJson[], inListItem: boolean): string {
  let out = '';
  let previous: NodeJson | undefined;
  let alternate = false;
  for (const block of blocks) {
    // Two lists in a row would merge: switch the marker ('-' ↔ '*', '.' ↔ ')') to keep them apart.
    alternate = previous !== undefined && sameListFamily(previous, block) ? !alternate : false;
    const text = blockToMarkdown(block, alternate);
    if (text !== '') {
      if (out !== '')
        out += inListItem && previous?.type === 'paragraph' && canInterrupt(block) ? '\n' : '\n\n';
      out += text;
    }
    previous = block;
  }
  return out;
}

function sameListFamily(a: NodeJson, b: NodeJson): boolean {
  if (BULLET_FAMILY.has(a.type)) return BULLET_FAMILY.has(b.type);
  return a.type === 'orderedList' && b.type === 'orderedList';
}

/** Lists that may follow a paragraph line directly without becoming part of it. */
function canInterrupt(block: NodeJson): boolean {
  return (
    BULLET_FAMILY.has(block.type) ||
    (block.type === 'orderedList' && numberAttr(block, 'start', 1) === 1)
  );
}

function blockToMarkdown(node: NodeJson, alternate: boolean): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return inlineToMarkdown(content);
    case 'heading': {
      const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1)));
      // A trailing run of '#' would be read as the optional closing sequence: escape it.
      const text = inlineToMarkdown(content, { singleLine: true }).replace(
        /(^|[ \t])(#+[ \t]*)$/,
        '$1\\$2',
      );
      return `${'#'.repeat(level)} ${text}`.trimEnd();
    }
    case 'blockquote':
      return blocksToMarkdown(content, false)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'codeBlock':
      return codeFence(
        content.map((child) => child.text ?? '').join(''),
        stringAttr(node, 'language'),
      );
    case 'horizontalRule':
      return '---';
    case 'image':
      return imageToMarkdown(node);
    case 'bulletList':
    case 'taskList':
    case 'orderedList':
      return listToMarkdown(node, alternate);
    case 'table':
      return tableToMarkdown(node);
    default:
      return '';
  }
}

function codeFence(code: string, language: string | undefined): string {
  const longest = Math.max(0, ...(code.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const info = language && /^[\w#+.-]+$/.test(language) ? language : '';
  return `${fence}${info}\n${code}${code === '' ? '' : '\n'}${fence}`;
}

/** An image in the export's own `assets/` folder (see `assetNames`), relative to the page file. */
const ASSET_PATH = /^(?:\.\.\/)*assets\/[^/\\:]+$/;

function imageToMarkdown(node: NodeJson): string {
  const raw = stringAttr(node, 'src') ?? '';
  const src = ASSET_PATH.test(raw) ? raw : safeImageSrc(raw);
  const alt = escapeText(stringAttr(node, 'alt') ?? '', false);
  if (src === undefined) return alt;
  const title = stringAttr(node, 'title');
  const titlePart = title === undefined ? '' : ` "${title.replace(/["\\]/g, '\\$&')}"`;
  return `![${alt}](${linkDestination(src)}${titlePart})`;
}

function listToMarkdown(list: NodeJson, alternate: boolean): string {
  const start = numberAttr(list, 'start', 1);
  const items = (list.content ?? []).map((item, index) => {
    let marker: string;
    if (list.type === 'orderedList') marker = `${start + index}${alternate ? ')' : '.'}`;
    else marker = alternate ? '*' : '-';
    const body = blocksToMarkdown(item.content ?? [], true);
    const check =
      item.type === 'taskItem' ? (item.attrs?.['checked'] === true ? '[x] ' : '[ ] ') : '';
    const indent = ' '.repeat(marker.length + 1);
    return body
      .split('\n')
      .map((line, i) => {
        if (i === 0) return `${marker} ${check}${line}`.trimEnd();
        return line === '' ? '' : indent + line;
      })
      .join('\n');
  });
  const loose = items.some((item) => item.includes('\n\n'));
  return items.join(loose ? '\n\n' : '\n');
}

function tableToMarkdown(table: NodeJson): string {
  const rows = (table.content ?? []).map((row) => row.content ?? []);
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const text = rows.map((cells) => line(cells.map(cellToMarkdown)));
  const alignments = Array.from({ length: width }, (_, column) => {
    const align = rows
      .map((cells) => cells[column])
      .find((cell) => cell && stringAttr(cell, 'align'));
    switch (align ? stringAttr(align, 'align') : undefined) {
      case 'left':
        return ':---';
      case 'center':
        return ':---:';
      case 'right':
        return '---:';
      default:
        return '---';
    }
  });
  const [header = line([]), ...body] = text;
  return [header, line(alignments), ...body].join('\n');
}

/** A table cell's blocks on one line. */
function cellToMarkdown(cell: NodeJson): string {
  return flattenBlocks(cell.content ?? [])
    .map((block) => {
      if (block.type === 'image') return imageToMarkdown(block);
      if (block.type === 'codeBlock') {
        const code = (block.content ?? []).map((child) => ({
          ...child,
          marks: [{ type: 'code' }],
        }));
        return inlineToMarkdown(code, { inTable: true });
      }
      return inlineToMarkdown(block.content ?? [], { inTable: true });
    })
    .filter((text) => text !== '')
    .join(' ');
}

/** The textblocks and images inside blocks (list items, quotes, nested tables), in order. */
function flattenBlocks(blocks: readonly NodeJson[]): NodeJson[] {
  return blocks.flatMap((block) => {
    if (['paragraph', 'heading', 'codeBlock', 'image'].includes(block.type)) return [block];
    return flattenBlocks(block.content ?? []);
  });
}
