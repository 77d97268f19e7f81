import { parse, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import {
  codeBlock,
  imageAsText,
  leadingParagraph,
  MAX_CELL_SPAN,
  orParagraph,
  rectangularRows,
  splitAroundImages,
  trimRun,
  withContent,
} from './blockBuilders.js';
import {
  emptyDoc,
  normalizeDoc,
  plainText,
  type ImportedDocument,
  type NodeJson,
} from './docJson.js';
import {
  collapseSpaces,
  inlineOf,
  isElement,
  MAX_DEPTH,
  SKIPPED,
  tagOf,
  textOf,
} from './htmlInline.js';

const CONTAINERS = new Set(
  'html body main article section header footer aside nav div figure figcaption center address dl dt dd details summary form fieldset'.split(
    ' ',
  ),
);
const BLOCKS = new Set([
  ...CONTAINERS,
  ...'p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre hr table thead tbody tfoot tr td th caption'.split(
    ' ',
  ),
]);

/**
 * Converts an HTML fragment (e.g. mammoth's DOCX output) to a Kring document. Understands
 * headings, paragraphs, bold/italic/strike/underline/code, links, images, bullet/ordered/task
 * lists, blockquotes, `<pre>` code blocks and tables (header cells, colspan/rowspan, alignment);
 * other elements contribute their text. A leading `<h1>` becomes the title. Scripts, styles and
 * embedded objects are dropped; links and images keep only safe URLs.
 */
export function htmlToDoc(html: string): ImportedDocument {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
  const blocks = blocksOf(root.childNodes, 0);
  let title = '';
  const first = blocks[0];
  if (first?.type === 'heading' && first.attrs?.['level'] === 1) {
    title = plainText(first).trim();
    blocks.shift();
  }
  return {
    title,
    doc: normalizeDoc(blocks.length > 0 ? { type: 'doc', content: blocks } : emptyDoc()),
  };
}

/** Block content of a list of sibling nodes; runs of inline nodes become paragraphs. */
function blocksOf(nodes: readonly HtmlNode[], depth: number): NodeJson[] {
  const blocks: NodeJson[] = [];
  let inline: NodeJson[] = [];
  const flush = (): void => {
    blocks.push(...splitAroundImages(collapseSpaces(inline)));
    inline = [];
  };
  for (const node of nodes) {
    const tag = tagOf(node);
    if (SKIPPED.has(tag)) continue;
    if (isElement(node) && depth < MAX_DEPTH && (BLOCKS.has(tag) || containsBlock(node))) {
      flush();
      blocks.push(...blockOf(node, tag, depth + 1));
    } else {
      inline.push(...inlineOf(node, [], depth + 1));
    }
  }
  flush();
  return blocks;
}

/** Whether a block element is somewhere inside (iterative: nesting may be deep). */
function containsBlock(element: HTMLElement): boolean {
  const stack: HtmlNode[] = [...element.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node) || SKIPPED.has(tagOf(node))) continue;
    if (BLOCKS.has(tagOf(node))) return true;
    stack.push(...node.childNodes);
  }
  return false;
}

function blockOf(element: HTMLElement, tag: string, depth: number): NodeJson[] {
  const children = element.childNodes;
  switch (tag) {
    case 'p':
    case 'caption':
      return blocksOf(children, depth);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const inline = children.flatMap((child) => inlineOf(child, [], depth));
      const content = trimRun(collapseSpaces(inline.map(imageAsText)));
      return [withContent({ type: 'heading', attrs: { level: Number(tag[1]) } }, content)];
    }
    case 'ul':
    case 'ol':
      return [listOf(element, tag, depth)];
    case 'li':
      return [
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: leadingParagraph(blocksOf(children, depth)) }],
        },
      ];
    case 'blockquote':
      return [{ type: 'blockquote', content: orParagraph(blocksOf(children, depth)) }];
    case 'pre': {
      const code = element.querySelector('code');
      const language = /(?:^|\s)(?:language|lang)-([\w#+.-]+)/.exec(
        code?.getAttribute('class') ?? '',
      )?.[1];
      return [codeBlock(textOf(element), language)];
    }
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'table':
      return tableOf(element, depth);
    default:
      return blocksOf(children, depth);
  }
}

function listOf(list: HTMLElement, tag: string, depth: number): NodeJson {
  const items: { blocks: NodeJson[]; checked: boolean | undefined }[] = [];
  for (const child of list.childNodes) {
    if (tagOf(child) === 'li' && isElement(child)) {
      const box = child.querySelector('input[type="checkbox"]');
      const dataChecked = child.getAttribute('data-checked');
      const checked = box
        ? box.hasAttribute('checked')
        : dataChecked === undefined
          ? undefined
          : dataChecked === 'true';
      items.push({ blocks: blocksOf(child.childNodes, depth), checked });
    } else {
      // A list nested directly in a list, or stray text: it belongs to the previous item.
      const blocks = blocksOf([child], depth);
      const previous = items[items.length - 1];
      if (previous) previous.blocks.push(...blocks);
      else if (blocks.length > 0) items.push({ blocks, checked: undefined });
    }
  }
  if (items.length === 0) items.push({ blocks: [], checked: undefined });
  const isTaskList =
    list.getAttribute('data-type') === 'taskList' ||
    items.every((item) => item.checked !== undefined);
  if (tag === 'ul' && isTaskList) {
    return {
      type: 'taskList',
      content: items.map((item) => ({
        type: 'taskItem',
        attrs: { checked: item.checked === true },
        content: leadingParagraph(item.blocks),
      })),
    };
  }
  const content = items.map((item) => ({
    type: 'listItem',
    content: leadingParagraph(item.blocks),
  }));
  if (tag === 'ul') return { type: 'bulletList', content };
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  return { type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content };
}

function tableOf(table: HTMLElement, depth: number): NodeJson[] {
  const before: NodeJson[] = [];
  const rows: NodeJson[] = [];
  const visit = (element: HTMLElement): void => {
    for (const child of element.childNodes) {
      const tag = tagOf(child);
      if (!isElement(child)) continue;
      if (tag === 'caption') before.push(...blocksOf(child.childNodes, depth));
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
      else if (tag === 'tr') {
        const cells = child.childNodes
          .filter(isElement)
          .filter((cell) => ['td', 'th'].includes(tagOf(cell)));
        if (cells.length > 0)
          rows.push({ type: 'tableRow', content: cells.map((cell) => cellOf(cell, depth)) });
      }
    }
  };
  visit(table);
  return rows.length > 0 ? [...before, { type: 'table', content: rectangularRows(rows) }] : before;
}

function cellOf(cell: HTMLElement, depth: number): NodeJson {
  const span = (name: string): number => {
    const value = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
    return Number.isFinite(value) ? Math.min(MAX_CELL_SPAN, Math.max(1, value)) : 1;
  };
  const style = cell.getAttribute('style') ?? '';
  const align = /text-align:\s*(left|center|right)/i.exec(style)?.[1] ?? cell.getAttribute('align');
  return {
    type: tagOf(cell) === 'th' ? 'tableHeader' : 'tableCell',
    attrs: {
      colspan: span('colspan'),
      rowspan: span('rowspan'),
      align: align === 'left' || align === 'center' || align === 'right' ? align : null,
    },
    content: orParagraph(blocksOf(cell.childNodes, depth)),
  };
}
