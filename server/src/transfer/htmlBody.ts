import { numberAttr, stringAttr, type MarkJson, type NodeJson } from './docJson.js';
import { safeImageSrc, safeLinkHref } from '@kring/shared';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const MARK_TAG: Readonly<Record<string, string>> = {
  bold: 'strong',
  italic: 'em',
  strike: 's',
  underline: 'u',
  code: 'code',
};

/**
 * Renders document blocks as HTML. Every text and attribute is escaped; link targets and image
 * sources pass {@link safeLinkHref}/{@link safeImageSrc} (an unsafe link keeps its text, an unsafe
 * image is replaced by its alt text); no attribute comes from the document unfiltered.
 */
export function blocksToHtml(blocks: readonly NodeJson[]): string {
  return blocks.map(blockToHtml).join('\n');
}

function blockToHtml(node: NodeJson): string {
  const content = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlineToHtml(content)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1)));
      return `<h${level}>${inlineToHtml(content)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocksToHtml(content)}\n</blockquote>`;
    case 'bulletList':
      return `<ul>\n${content.map(listItemToHtml).join('\n')}\n</ul>`;
    case 'orderedList': {
      const start = Math.trunc(numberAttr(node, 'start', 1));
      const startAttr = start === 1 ? '' : ` start="${start}"`;
      return `<ol${startAttr}>\n${content.map(listItemToHtml).join('\n')}\n</ol>`;
    }
    case 'taskList':
      return `<ul class="task-list" data-type="taskList">\n${content.map(taskItemToHtml).join('\n')}\n</ul>`;
    case 'codeBlock': {
      const language = stringAttr(node, 'language');
      const cls =
        language && /^[\w#+.-]+$/.test(language) ? ` class="language-${escapeHtml(language)}"` : '';
      const code = content.map((child) => child.text ?? '').join('');
      return `<pre><code${cls}>${escapeHtml(code)}</code></pre>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'image':
      return imageToHtml(node);
    case 'table':
      return `<table>\n<tbody>\n${content.map(rowToHtml).join('\n')}\n</tbody>\n</table>`;
    default:
      return '';
  }
}

function listItemToHtml(item: NodeJson): string {
  return `<li>${blocksToHtml(item.content ?? [])}</li>`;
}

function taskItemToHtml(item: NodeJson): string {
  const checked = item.attrs?.['checked'] === true;
  const box = `<input type="checkbox" disabled${checked ? ' checked' : ''}>`;
  return `<li class="task-item" data-type="taskItem" data-checked="${checked}"><label>${box}</label><div>${blocksToHtml(item.content ?? [])}</div></li>`;
}

function rowToHtml(row: NodeJson): string {
  const cells = (row.content ?? []).map((cell) => {
    const tag = cell.type === 'tableHeader' ? 'th' : 'td';
    const colspan = Math.trunc(numberAttr(cell, 'colspan', 1));
    const rowspan = Math.trunc(numberAttr(cell, 'rowspan', 1));
    const align = stringAttr(cell, 'align');
    const attrs = [
      colspan > 1 ? ` colspan="${colspan}"` : '',
      rowspan > 1 ? ` rowspan="${rowspan}"` : '',
      align === 'left' || align === 'center' || align === 'right'
        ? ` style="text-align: ${align}"`
        : '',
    ].join('');
    return `<${tag}${attrs}>${blocksToHtml(cell.content ?? [])}</${tag}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

function imageToHtml(node: NodeJson): string {
  const alt = stringAttr(node, 'alt') ?? '';
  const src = safeImageSrc(stringAttr(node, 'src'));
  if (src === undefined) return alt ? `<p>${escapeHtml(alt)}</p>` : '';
  const title = stringAttr(node, 'title');
  const titleAttr = title === undefined ? '' : ` title="${escapeHtml(title)}"`;
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${titleAttr}></p>`;
}

/** Inline nodes, with runs sharing one link grouped into a single `<a>`. */
function inlineToHtml(nodes: readonly NodeJson[]): string {
  let out = '';
  for (let i = 0; i < nodes.length;) {
    const link = linkOf(nodes[i]);
    let end = i + 1;
    while (end < nodes.length && link !== undefined && linkOf(nodes[end]) === link) end++;
    const inner = nodes.slice(i, end).map(inlineNodeToHtml).join('');
    out +=
      link === undefined
        ? inner
        : `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${inner}</a>`;
    i = end;
  }
  return out;
}

function linkOf(node: NodeJson | undefined): string | undefined {
  const mark = node?.marks?.find((candidate) => candidate.type === 'link');
  return mark ? safeLinkHref(stringAttr(mark, 'href')) : undefined;
}

function inlineNodeToHtml(node: NodeJson): string {
  if (node.type === 'hardBreak') return '<br>';
  return wrapMarks(escapeHtml(node.text ?? ''), node.marks ?? []);
}

function wrapMarks(html: string, marks: readonly MarkJson[]): string {
  return [...marks].reverse().reduce((inner, mark) => {
    const tag = MARK_TAG[mark.type];
    return tag === undefined ? inner : `<${tag}>${inner}</${tag}>`;
  }, html);
}
