import { NodeType, type HTMLElement, type Node as HtmlNode } from 'node-html-parser';
import type { MarkJson, NodeJson } from './docJson.js';
import { textNode } from './markdownInline.js';
import { safeImageSrc, safeLinkHref } from '@kring/shared';

/** Elements whose content is dropped entirely. */
export const SKIPPED = new Set(
  'head script style noscript template iframe object embed svg math select textarea button'.split(
    ' ',
  ),
);
const MARK_OF_TAG: Readonly<Record<string, string>> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  u: 'underline',
  ins: 'underline',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};
/** Deeper nesting is flattened to its text (against stack exhaustion on hostile input). */
export const MAX_DEPTH = 100;

/** The lower-case tag name of an element, `''` for other nodes. */
export function tagOf(node: HtmlNode): string {
  return isElement(node) ? (node.rawTagName?.toLowerCase() ?? '') : '';
}

/** Whether a node is an element. */
export function isElement(node: HtmlNode): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE;
}

/** The text inside a node, `<br>` as a newline (iterative, unlike the parser's own `text`). */
export function textOf(root: HtmlNode): string {
  let text = '';
  const stack: HtmlNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === NodeType.TEXT_NODE) text += node.text;
    else if (tagOf(node) === 'br') text += '\n';
    else if (isElement(node) && !SKIPPED.has(tagOf(node)))
      stack.push(...[...node.childNodes].reverse());
  }
  return text;
}

/**
 * Inline nodes (text, hard breaks, images) of an HTML node with the marks of its ancestors:
 * whitespace collapsed, links and images only with safe URLs, too deep nesting flattened to text.
 */
export function inlineOf(node: HtmlNode, marks: readonly MarkJson[], depth: number): NodeJson[] {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = node.text.replace(/[ \t\n\r\f]+/g, ' ');
    return text === '' ? [] : [textNode(text, marks)];
  }
  if (!isElement(node)) return [];
  const tag = tagOf(node);
  if (SKIPPED.has(tag)) return [];
  if (depth >= MAX_DEPTH) {
    const flat = textOf(node).replace(/\s+/g, ' ');
    return flat === '' ? [] : [textNode(flat, marks)];
  }
  if (tag === 'br') return [{ type: 'hardBreak' }];
  if (tag === 'img') {
    const src = safeImageSrc(node.getAttribute('src'));
    const alt = node.getAttribute('alt') ?? '';
    if (src === undefined) return alt ? [textNode(alt, marks)] : [];
    return [
      {
        type: 'image',
        attrs: { src, alt: alt || null, title: node.getAttribute('title') ?? null },
      },
    ];
  }
  let inner = marks;
  const markType = MARK_OF_TAG[tag];
  if (markType) inner = [...marks, { type: markType }];
  if (tag === 'a') {
    const href = safeLinkHref(node.getAttribute('href'));
    if (href !== undefined) inner = [...marks, { type: 'link', attrs: { href } }];
  }
  return collapseSpaces(node.childNodes.flatMap((child) => inlineOf(child, inner, depth + 1)));
}

/** No double spaces where text nodes meet, nor after a hard break. */
export function collapseSpaces(nodes: readonly NodeJson[]): NodeJson[] {
  const out: NodeJson[] = [];
  let afterSpace = false;
  for (const node of nodes) {
    if (node.text === undefined) {
      out.push(node);
      afterSpace = node.type === 'hardBreak';
      continue;
    }
    const text = afterSpace ? node.text.replace(/^ /, '') : node.text;
    if (text !== '') out.push({ ...node, text });
    afterSpace = text === '' ? afterSpace : text.endsWith(' ');
  }
  return out;
}
