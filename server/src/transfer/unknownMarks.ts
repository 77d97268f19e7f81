import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';

interface DeltaPart {
  readonly insert?: unknown;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

function eachText(node: Y.XmlFragment | Y.XmlElement, visit: (text: Y.XmlText) => void): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) visit(child);
    else if (child instanceof Y.XmlElement) eachText(child, visit);
  }
}

/** True when some text in `fragment` carries a formatting attribute `schema` has no mark for. */
export function hasUnknownMarks(fragment: Y.XmlFragment, schema: Schema): boolean {
  let found = false;
  eachText(fragment, (text) => {
    for (const part of text.toDelta() as DeltaPart[]) {
      if (Object.keys(part.attributes ?? {}).some((name) => !(name in schema.marks))) found = true;
    }
  });
  return found;
}

/**
 * Removes formatting attributes `schema` has no mark for (written by an older or newer editor),
 * keeping their text: the ProseMirror binding would otherwise drop the whole paragraph. Changes
 * `fragment`: call it on a copy of a document, never on a live one.
 */
export function dropUnknownMarks(fragment: Y.XmlFragment, schema: Schema): void {
  eachText(fragment, (text) => {
    let index = 0;
    const removals: { index: number; length: number; names: string[] }[] = [];
    for (const part of text.toDelta() as DeltaPart[]) {
      const length = typeof part.insert === 'string' ? part.insert.length : 1;
      const names = Object.keys(part.attributes ?? {}).filter((name) => !(name in schema.marks));
      if (names.length > 0) removals.push({ index, length, names });
      index += length;
    }
    for (const { index: at, length, names } of removals) {
      text.format(at, length, Object.fromEntries(names.map((name) => [name, null])));
    }
  });
}
