import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A range in a ProseMirror document. */
export interface DocRange {
  readonly from: number;
  readonly to: number;
}

/** Folds one UTF-16 unit for matching: lower case, no diacritics; never changes the length. */
function foldUnit(unit: string): string {
  const base = unit.normalize('NFD')[0] ?? unit;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/** Folds a text unit by unit, so indexes in the result are indexes in the original. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i));
  return out;
}

/** The words of a search query, folded; very short words are dropped unless they are all. */
export function queryWords(query: string): string[] {
  const words = (foldText(query.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word !== '',
  );
  const long = words.filter((word) => word.length >= 2);
  return long.length > 0 ? long : words;
}

interface TextBlock {
  readonly text: string;
  /** Document position of each UTF-16 unit of `text`. */
  readonly positions: readonly number[];
}

function textBlocks(doc: ProseMirrorNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      const start = pos + 1 + offset;
      if (child.isText) {
        const value = child.text ?? '';
        for (let i = 0; i < value.length; i++) positions.push(start + i);
        text += value;
      } else {
        // A hard break or inline node separates words.
        positions.push(start);
        text += ' ';
      }
    });
    blocks.push({ text: foldText(text), positions });
    return false;
  });
  return blocks;
}

const isWordUnit = (unit: string | undefined) => unit !== undefined && /[\p{L}\p{N}]/u.test(unit);

/**
 * The first occurrence of `needle`; with `wholeWord`, only at a word start and extended to the
 * end of that word (so "vergadering" marks all of "vergaderingen").
 */
function findInBlocks(
  blocks: readonly TextBlock[],
  needle: string,
  wholeWord: boolean,
): DocRange | null {
  if (needle === '') return null;
  for (const block of blocks) {
    let index = block.text.indexOf(needle);
    while (index !== -1) {
      if (!wholeWord || !isWordUnit(block.text[index - 1])) {
        let end = index + needle.length;
        while (wholeWord && isWordUnit(block.text[end])) end++;
        const from = block.positions[index];
        const last = block.positions[end - 1];
        if (from !== undefined && last !== undefined) return { from, to: last + 1 };
      }
      index = block.text.indexOf(needle, index + 1);
    }
  }
  return null;
}

function earliest(ranges: readonly (DocRange | null)[]): DocRange | null {
  let best: DocRange | null = null;
  for (const range of ranges) {
    if (range !== null && (best === null || range.from < best.from)) best = range;
  }
  return best;
}

/**
 * Where a search query first occurs in a document, ignoring case and diacritics: the whole
 * phrase if it is there, else the earliest word starting with one of its words, else with one of
 * their stems (the search engine stems: "verslagen" finds "verslag"). Null when nothing matches.
 */
export function findMatch(doc: ProseMirrorNode, query: string): DocRange | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const blocks = textBlocks(doc);
  if (words.length > 1) {
    const phrase = findInBlocks(blocks, words.join(' '), false);
    if (phrase !== null) return phrase;
  }
  const word = earliest(words.map((w) => findInBlocks(blocks, w, true)));
  if (word !== null) return word;
  const stems = words
    .filter((w) => w.length >= 5)
    .map((w) => w.slice(0, Math.max(4, Math.ceil(w.length * 0.7))));
  return earliest(stems.map((stem) => findInBlocks(blocks, stem, true)));
}
