import { CONTENT_FIELD, TITLE_FIELD } from '@kring/shared';
import * as Y from 'yjs';

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

/** Inline nodes that end a line within a block. */
const LINE_BREAKS = new Set(['hardBreak']);

/** Text carried by attributes of nodes that have no content of their own (an image's alt text). */
const TEXT_ATTRIBUTES = ['alt', 'title'] as const;

/**
 * Extracts `{ title, body }` from a Kring document: the title from `getText(TITLE_FIELD)`, the body
 * from the Tiptap/ProseMirror tree in `getXmlFragment(CONTENT_FIELD)`. Generic over node names: an
 * element whose children include text is a text block (one or more lines); any other element is
 * a container whose children are blocks. So new node types need no change here.
 */
export function documentText(doc: Y.Doc): DocumentText {
  const title = doc.getText(TITLE_FIELD).toString();
  const lines: string[] = [];
  collectBlocks(doc.getXmlFragment(CONTENT_FIELD), lines);
  return { title, body: lines.join('\n') };
}

/** {@link documentText} of the document that a Yjs update (e.g. a stored state) describes. */
export function documentTextFromUpdate(update: Uint8Array): DocumentText {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, update);
    return documentText(doc);
  } finally {
    doc.destroy();
  }
}

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

function collectBlocks(parent: Y.XmlFragment | Y.XmlElement, lines: string[]): void {
  for (const child of parent.toArray() as Node[]) {
    if (child instanceof Y.XmlText) {
      // Text directly in a container (not usual in Tiptap's schema): a line of its own.
      pushLines(textOf(child), lines);
    } else if (child instanceof Y.XmlElement) {
      if (isTextBlock(child)) pushLines(inlineText(child), lines);
      else {
        pushLines(attributeText(child), lines);
        collectBlocks(child, lines);
      }
    }
  }
}

function isTextBlock(element: Y.XmlElement): boolean {
  return (element.toArray() as Node[]).some((child) => child instanceof Y.XmlText);
}

/** The text of a block's inline content; hard breaks become newlines. */
function inlineText(element: Y.XmlElement): string {
  let text = '';
  for (const child of element.toArray() as Node[]) {
    if (child instanceof Y.XmlText) text += textOf(child);
    else if (child instanceof Y.XmlElement) {
      if (LINE_BREAKS.has(child.nodeName)) text += '\n';
      else text += inlineText(child) || attributeText(child);
    }
  }
  return text;
}

/** The characters of a Y.XmlText without its formatting (toString() would render marks as tags). */
function textOf(text: Y.XmlText): string {
  let result = '';
  for (const op of text.toDelta() as { insert?: unknown }[]) {
    if (typeof op.insert === 'string') result += op.insert;
  }
  return result;
}

function attributeText(element: Y.XmlElement): string {
  for (const name of TEXT_ATTRIBUTES) {
    const value: unknown = element.getAttribute(name);
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
