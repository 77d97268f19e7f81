import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A piece of a changed block: unchanged, only in the current text, or only in the version. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** How one block (paragraph, heading, list item…) differs between a version and now. */
export type BlockChange =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'added'; readonly text: string }
  | { readonly kind: 'removed'; readonly text: string }
  | { readonly kind: 'changed'; readonly parts: readonly DiffPart[] };

/** Largest LCS table computed; beyond it the diff falls back to a coarser answer. */
const MAX_CELLS = 4_000_000;

/** The text of every text block of a document, in order (empty blocks left out). */
export function blocksOf(doc: ProseMirrorNode): string[] {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, ' ', ' ').trim();
    if (text !== '') blocks.push(text);
    return false;
  });
  return blocks;
}

type Op<T> = { readonly kind: 'same' | 'added' | 'removed'; readonly item: T };

/**
 * A shortest edit script from `before` to `after` (longest common subsequence), after trimming
 * the common start and end. Too large inputs give "all removed, all added" for the middle.
 */
export function diffSequence<T>(before: readonly T[], after: readonly T[]): Op<T>[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const head = before.slice(0, start).map((item) => ({ kind: 'same' as const, item }));
  const tail = before.slice(endB).map((item) => ({ kind: 'same' as const, item }));
  const b = before.slice(start, endB);
  const a = after.slice(start, endA);
  const n = b.length;
  const m = a.length;
  const middle: Op<T>[] = [];
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (const item of b) middle.push({ kind: 'removed', item });
    for (const item of a) middle.push({ kind: 'added', item });
    return [...head, ...middle, ...tail];
  }
  // lengths[i][j] = LCS length of b[i:] and a[j:], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        b[i] === a[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (b[i] === a[j]) {
      middle.push({ kind: 'same', item: b[i] as T });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      middle.push({ kind: 'removed', item: b[i] as T });
      i++;
    } else {
      middle.push({ kind: 'added', item: a[j] as T });
      j++;
    }
  }
  for (; i < n; i++) middle.push({ kind: 'removed', item: b[i] as T });
  for (; j < m; j++) middle.push({ kind: 'added', item: a[j] as T });
  return [...head, ...middle, ...tail];
}

function mergeParts(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && last.kind === part.kind) {
      merged[merged.length - 1] = { kind: part.kind, text: last.text + part.text };
    } else {
      merged.push(part);
    }
  }
  return merged;
}

/** Word-level differences between two texts (whitespace runs count as words). */
export function diffWords(before: string, after: string): DiffPart[] {
  const tokens = (text: string) => text.split(/(\s+)/).filter((token) => token !== '');
  const ops = diffSequence(tokens(before), tokens(after));
  // A changed space between two changed words reads better as part of the change.
  const parts = ops.map(({ kind, item }) => ({ kind, text: item }));
  return mergeParts(parts);
}

/**
 * Block by block, how `after` (the current text) differs from `before` (a version): unchanged
 * blocks, blocks only in one of them, and changed blocks with word-level differences (a removed
 * block directly followed by an added one is treated as one changed block).
 */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockChange[] {
  const ops = diffSequence(before, after);
  const changes: BlockChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      changes.push({ kind: 'changed', parts: diffWords(removed[k] ?? '', added[k] ?? '') });
    }
    for (const text of removed.slice(pairs)) changes.push({ kind: 'removed', text });
    for (const text of added.slice(pairs)) changes.push({ kind: 'added', text });
    removed = [];
    added = [];
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed.push(op.item);
    else if (op.kind === 'added') added.push(op.item);
    else {
      flush();
      changes.push({ kind: 'same', text: op.item });
    }
  }
  flush();
  return changes;
}
