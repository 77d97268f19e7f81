import { CONTENT_FIELD, TITLE_FIELD } from '../document/fields.js';

/** The searchable plain text of a document. */
export interface DocumentText {
  /** `doc.getText(TITLE_FIELD)`, as is. */
  readonly title: string;
  /**
   * The rich text as plain text: one line per paragraph, heading, list item, table cell or code
   * line; empty blocks left out; marks (bold, links, …) dropped, their text kept.
   */
  readonly body: string;
}

/**
 * What {@link documentText} reads of a Y.Doc, structurally, so that this package needs no Yjs at
 * run time: a `Y.Doc` is one. Nodes of the XML tree are told apart by what they offer: a
 * `Y.XmlText` has `toDelta`, a `Y.XmlElement` has `nodeName` and `toArray`; anything else (a
 * `Y.XmlHook`) holds no text.
 */
export interface DocumentTextSource {
  getText(name: string): { toString(): string };
  getXmlFragment(name: string): { toArray(): readonly unknown[] };
}

interface XmlTextLike {
  toDelta(): unknown;
}

interface XmlElementLike {
  readonly nodeName: string;
  toArray(): readonly unknown[];
  getAttribute(name: string): unknown;
}

/** Inline nodes that end a line within a block. */
const LINE_BREAKS = new Set(['hardBreak']);

/** Text carried by attributes of nodes that have no content of their own (an image's alt text). */
const TEXT_ATTRIBUTES = ['alt', 'title'] as const;

/**
 * Extracts `{ title, body }` from a Kring document: the title from `getText(TITLE_FIELD)`, the body
 * from the Tiptap/ProseMirror tree in `getXmlFragment(CONTENT_FIELD)`. Generic over node names: an
 * element whose children include text is a text block (one or more lines); any other element is
 * a container whose children are blocks. So new node types need no change here. The server's
 * search index and the browser's offline search both use this, so they see the same text.
 */
export function documentText(doc: DocumentTextSource): DocumentText {
  const title = doc.getText(TITLE_FIELD).toString();
  const lines: string[] = [];
  collectBlocks(doc.getXmlFragment(CONTENT_FIELD).toArray(), lines);
  return { title, body: lines.join('\n') };
}

function isXmlText(node: unknown): node is XmlTextLike {
  return (
    typeof node === 'object' && node !== null && typeof Reflect.get(node, 'toDelta') === 'function'
  );
}

function isXmlElement(node: unknown): node is XmlElementLike {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof Reflect.get(node, 'nodeName') === 'string' &&
    typeof Reflect.get(node, 'toArray') === 'function' &&
    typeof Reflect.get(node, 'getAttribute') === 'function'
  );
}

function collectBlocks(children: readonly unknown[], lines: string[]): void {
  for (const child of children) {
    if (isXmlText(child)) {
      // Text directly in a container (not usual in Tiptap's schema): a line of its own.
      pushLines(textOf(child), lines);
    } else if (isXmlElement(child)) {
      const grandchildren = child.toArray();
      if (grandchildren.some(isXmlText)) pushLines(inlineText(grandchildren), lines);
      else {
        pushLines(attributeText(child), lines);
        collectBlocks(grandchildren, lines);
      }
    }
  }
}

/** The text of a block's inline content; hard breaks become newlines. */
function inlineText(children: readonly unknown[]): string {
  let text = '';
  for (const child of children) {
    if (isXmlText(child)) text += textOf(child);
    else if (isXmlElement(child)) {
      if (LINE_BREAKS.has(child.nodeName)) text += '\n';
      else text += inlineText(child.toArray()) || attributeText(child);
    }
  }
  return text;
}

/** The characters of a Y.XmlText without its formatting (toString() would render marks as tags). */
function textOf(text: XmlTextLike): string {
  const delta = text.toDelta();
  if (!Array.isArray(delta)) return '';
  let result = '';
  for (const op of delta as unknown[]) {
    const insert: unknown =
      typeof op === 'object' && op !== null ? Reflect.get(op, 'insert') : null;
    if (typeof insert === 'string') result += insert;
  }
  return result;
}

function attributeText(element: XmlElementLike): string {
  for (const name of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

function pushLines(text: string, lines: string[]): void {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
  }
}
