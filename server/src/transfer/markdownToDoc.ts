import MarkdownIt, { type Token } from 'markdown-it';
import {
  codeBlock,
  imageAsText,
  leadingParagraph,
  orParagraph,
  splitAroundImages,
  withContent,
} from './blockBuilders.js';
import {
  emptyDoc,
  normalizeDoc,
  plainText,
  type ImportedDocument,
  type NodeJson,
} from './docJson.js';
import { MAX_UPLOAD_BYTES } from './limits.js';
import { inlineTokensToNodes, tokenAttr } from './markdownInline.js';
import { TransferError } from './TransferError.js';

/** Options of {@link markdownToDoc}. */
export interface MarkdownImportOptions {
  /** Take a leading level-1 heading as the title and remove it from the text (default true). */
  titleFromHeading?: boolean;
}

// GFM flavour: tables and strikethrough (markdown-it's default preset), autolinked URLs; raw HTML
// is not interpreted (it stays visible as text).
const parser = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
parser.linkify.set({ fuzzyLink: false });

const TASK_MARKER = /^\[([ xX])\](?:[ \t]+|$)/;

/**
 * Converts GitHub-flavoured Markdown to a Kring document: headings 1–6, paragraphs, bold, italic,
 * strike, inline code, links, images, bullet/ordered/task lists (nested), blockquotes, fenced code
 * with its language, horizontal rules and tables (with column alignment).
 * @throws TransferError `too_large` above {@link MAX_UPLOAD_BYTES}.
 */
export function markdownToDoc(
  markdown: string,
  options: MarkdownImportOptions = {},
): ImportedDocument {
  if (Buffer.byteLength(markdown, 'utf8') > MAX_UPLOAD_BYTES) {
    throw new TransferError('too_large', `Markdown larger than ${MAX_UPLOAD_BYTES} bytes.`);
  }
  const reader = new BlockReader(parser.parse(markdown.replace(/^\uFEFF/, ''), {}));
  const blocks = reader.readBlocks();
  let title = '';
  const first = blocks[0];
  if (
    (options.titleFromHeading ?? true) &&
    first?.type === 'heading' &&
    first.attrs?.['level'] === 1
  ) {
    title = plainText(first).trim();
    blocks.shift();
  }
  const doc = blocks.length > 0 ? { type: 'doc', content: blocks } : emptyDoc();
  return { title, doc: normalizeDoc(doc) };
}

/** Walks markdown-it's flat block token stream, building nested ProseMirror JSON. */
class BlockReader {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** Reads blocks up to (and consuming) a token of type `until`, or to the end. */
  readBlocks(until?: string): NodeJson[] {
    const blocks: NodeJson[] = [];
    for (let token = this.next(); token; token = this.next()) {
      if (token.type === until) break;
      blocks.push(...this.readBlock(token));
    }
    return blocks;
  }

  private next(): Token | undefined {
    return this.tokens[this.pos++];
  }

  /** The inline content of the current block, consuming the block's closing token. */
  private readInline(): NodeJson[] {
    const inline = this.next();
    const nodes = inline?.type === 'inline' ? inlineTokensToNodes(inline.children ?? []) : [];
    if (inline?.type === 'inline') this.next();
    return nodes;
  }

  private readBlock(token: Token): NodeJson[] {
    switch (token.type) {
      case 'paragraph_open':
        return splitAroundImages(this.readInline());
      case 'heading_open': {
        const content = this.readInline().map(imageAsText);
        return [
          withContent({ type: 'heading', attrs: { level: Number(token.tag.slice(1)) } }, content),
        ];
      }
      case 'bullet_list_open':
        return [this.readList('bullet_list_close')];
      case 'ordered_list_open': {
        const list = this.readList('ordered_list_close');
        const start = Number(tokenAttr(token, 'start') ?? 1);
        return [
          { ...list, type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 } },
        ];
      }
      case 'blockquote_open':
        return [{ type: 'blockquote', content: orParagraph(this.readBlocks('blockquote_close')) }];
      case 'fence':
      case 'code_block':
        return [codeBlock(token.content, token.info.trim().split(/\s+/)[0])];
      case 'hr':
        return [{ type: 'horizontalRule' }];
      case 'table_open':
        return [this.readTable()];
      case 'html_block':
        return [withContent({ type: 'paragraph' }, [{ type: 'text', text: token.content.trim() }])];
      default:
        return [];
    }
  }

  /** A bullet list, or a task list when every item starts with `[ ]` or `[x]`. */
  private readList(close: string): NodeJson {
    const items: NodeJson[][] = [];
    for (let token = this.next(); token && token.type !== close; token = this.next()) {
      if (token.type === 'list_item_open') items.push(this.readBlocks('list_item_close'));
    }
    const tasks = items.map(taskState);
    if (items.length > 0 && tasks.every((state) => state !== undefined)) {
      const content = items.map((blocks, i) => ({
        type: 'taskItem',
        attrs: { checked: tasks[i] === 'checked' },
        content: leadingParagraph(stripTaskMarker(blocks)),
      }));
      return { type: 'taskList', content };
    }
    return {
      type: 'bulletList',
      content: items.map((blocks) => ({ type: 'listItem', content: leadingParagraph(blocks) })),
    };
  }

  private readTable(): NodeJson {
    const rows: NodeJson[] = [];
    let cells: NodeJson[] = [];
    for (let token = this.next(); token && token.type !== 'table_close'; token = this.next()) {
      if (token.type === 'tr_open') cells = [];
      else if (token.type === 'tr_close') rows.push({ type: 'tableRow', content: cells });
      else if (token.type === 'th_open' || token.type === 'td_open') {
        const align = /text-align:\s*(left|center|right)/.exec(
          tokenAttr(token, 'style') ?? '',
        )?.[1];
        cells.push({
          type: token.type === 'th_open' ? 'tableHeader' : 'tableCell',
          attrs: { align: align ?? null },
          content: orParagraph(splitAroundImages(this.readInline())),
        });
      }
    }
    return { type: 'table', content: rows };
  }
}

function taskState(blocks: readonly NodeJson[]): 'checked' | 'unchecked' | undefined {
  const first = blocks[0];
  const text = first?.type === 'paragraph' ? first.content?.[0] : undefined;
  if (text?.type !== 'text' || text.marks) return undefined;
  const marker = TASK_MARKER.exec(text.text ?? '');
  if (!marker) return undefined;
  return marker[1] === ' ' ? 'unchecked' : 'checked';
}

function stripTaskMarker(blocks: readonly NodeJson[]): NodeJson[] {
  const [first, ...rest] = blocks;
  if (!first) return [];
  const [text, ...inline] = first.content ?? [];
  const remaining = (text?.text ?? '').replace(TASK_MARKER, '');
  const content = remaining ? [{ ...text, type: 'text', text: remaining }, ...inline] : inline;
  return [withContent({ type: 'paragraph' }, content), ...rest];
}
