import { diffWords } from 'diff';

/** A run of text inside a changed block: unchanged, or only on its side of the change. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** The two sides of an edited block, each with its changed words marked. */
export interface WordChanges {
  /** The old text: 'same' and 'removed' parts. */
  readonly removed: readonly DiffPart[];
  /** The new text: 'same' and 'added' parts. */
  readonly added: readonly DiffPart[];
}

/** Word-level diffs give up beyond this many token edits: the blocks then read as replaced. */
const MAX_WORD_EDITS = 400;
/** Below this share of unchanged text, marking words helps no one: show old and new whole. */
const MIN_SIMILARITY = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;

/** Share of distinct words two texts have in common (Dice), as a cheap first similarity test. */
export function wordOverlap(before: string, after: string): number {
  const a = new Set(before.toLowerCase().match(WORD) ?? []);
  const b = new Set(after.toLowerCase().match(WORD) ?? []);
  if (a.size + b.size === 0) return before === after ? 1 : 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Which words changed between two versions of one block (jsdiff `diffWords`), or null when the
 * texts have too little in common (or are too costly to compare) to be read as one edited block.
 */
export function diffBlockWords(before: string, after: string): WordChanges | null {
  if (wordOverlap(before, after) < MIN_SIMILARITY) return null;
  const changes = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (changes === undefined) return null;
  const removed: DiffPart[] = [];
  const added: DiffPart[] = [];
  let same = 0;
  for (const change of changes) {
    if (change.added) push(added, 'added', change.value);
    else if (change.removed) push(removed, 'removed', change.value);
    else {
      same += change.value.length;
      push(removed, 'same', change.value);
      push(added, 'same', change.value);
    }
  }
  if ((2 * same) / (before.length + after.length) < MIN_SIMILARITY) return null;
  return { removed, added };
}

/** Appends, merging with the previous part of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.kind === kind) {
    parts[parts.length - 1] = { kind, text: last.text + text };
  } else {
    parts.push({ kind, text });
  }
}
