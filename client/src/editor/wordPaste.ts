import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** A list paragraph from Word: how deep it is and whether its marker is a number. */
export interface WordListItem {
  readonly level: number;
  readonly ordered: boolean;
}

/** A list built from consecutive Word list paragraphs: item indexes, each with nested lists. */
export interface ListPlan {
  readonly ordered: boolean;
  readonly items: { readonly index: number; readonly children: ListPlan[] }[];
}

/** True for a Word list marker that counts ("1.", "a)", "iv."), false for bullets ("·", "o", "§"). */
export function isOrderedMarker(marker: string): boolean {
  return /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$/i.test(marker.trim());
}

/** The nesting level of a Word list paragraph from its `mso-list` style (1 when unknown). */
export function wordListLevel(style: string): number {
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
  return Number.isFinite(level) && level >= 1 ? Math.min(level, 9) : 1;
}

/**
 * Nests consecutive Word list paragraphs into lists: a deeper paragraph starts a list inside the
 * previous item, a shallower one goes back up. A first paragraph deeper than 1 counts as level 1.
 */
export function planWordLists(items: readonly WordListItem[]): ListPlan[] {
  const roots: ListPlan[] = [];
  // stack[d] = the open list at depth d (0-based)
  const stack: ListPlan[] = [];
  items.forEach((item, index) => {
    const depth = Math.min(item.level - 1, stack.length);
    stack.length = depth + 1 > stack.length ? stack.length : depth + 1;
    let list = stack[depth];
    if (list === undefined || list.ordered !== item.ordered) {
      list = { ordered: item.ordered, items: [] };
      const parent = stack[depth - 1];
      const parentItem = parent?.items[parent.items.length - 1];
      if (parentItem !== undefined) parentItem.children.push(list);
      else roots.push(list);
      stack[depth] = list;
    }
    list.items.push({ index, children: [] });
  });
  return roots;
}

const LIST_STYLE = /mso-list\s*:\s*l\d+/i;

function isWordListParagraph(element: Element): boolean {
  if (element.tagName !== 'P') return false;
  const style = element.getAttribute('style') ?? '';
  return LIST_STYLE.test(style) || /^MsoListParagraph/i.test(element.className);
}

/** Removes the marker Word writes into a list paragraph and returns its text. */
function takeMarker(paragraph: Element): string {
  const marker = [...paragraph.querySelectorAll('span')].find((span) =>
    /mso-list\s*:\s*ignore/i.test(span.getAttribute('style') ?? ''),
  );
  const text = marker?.textContent?.replace(/\u00a0/g, ' ').trim() ?? '';
  marker?.remove();
  return text;
}

function build(plan: ListPlan, paragraphs: readonly Element[], document: Document): Element {
  const list = document.createElement(plan.ordered ? 'ol' : 'ul');
  for (const { index, children } of plan.items) {
    const item = document.createElement('li');
    const paragraph = document.createElement('p');
    const source = paragraphs[index];
    if (source !== undefined) paragraph.append(...source.childNodes);
    item.append(paragraph);
    for (const child of children) item.append(build(child, paragraphs, document));
    list.append(item);
  }
  return list;
}

/**
 * Turns Word's list paragraphs (`<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1">`
 * with a typed marker) into real nested `<ul>`/`<ol>` lists, so pasting from Word keeps lists.
 * Headings and tables from Word are already plain HTML. Other HTML is returned unchanged.
 */
export function transformWordHtml(html: string): string {
  if (!/mso-list|MsoListParagraph|urn:schemas-microsoft-com:office/i.test(html)) return html;
  const document = new DOMParser().parseFromString(html, 'text/html');
  // Conditional comments (<!--[if !supportLists]-->) would otherwise end up as text.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const paragraphs = [...document.body.querySelectorAll('p')].filter(isWordListParagraph);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: Element[] = [];
    let current: Element | null = first;
    while (current !== null && isWordListParagraph(current)) {
      run.push(current);
      done.add(current);
      current = current.nextElementSibling;
    }
    const items = run.map((paragraph) => ({
      level: wordListLevel(paragraph.getAttribute('style') ?? ''),
      ordered: isOrderedMarker(takeMarker(paragraph)),
    }));
    const lists = planWordLists(items).map((plan) => build(plan, run, document));
    first.before(...lists);
    for (const paragraph of run) paragraph.remove();
  }
  return document.body.innerHTML;
}

/** Pasting from Word keeps its lists (see {@link transformWordHtml}). */
export const WordPaste = Extension.create({
  name: 'kringWordPaste',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('kringWordPaste'),
        props: { transformPastedHTML: (html) => transformWordHtml(html) },
      }),
    ];
  },
});
