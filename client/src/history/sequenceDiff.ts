import { diffArrays } from 'diff';

/** One step of an edit script over two sequences of keys, by index into each. */
export type SequenceOp =
  | { readonly kind: 'same'; readonly before: number; readonly after: number }
  | { readonly kind: 'removed'; readonly before: number }
  | { readonly kind: 'added'; readonly after: number };

/** An edit script, and whether it is minimal or a coarse fallback. */
export interface SequenceDiff {
  readonly ops: readonly SequenceOp[];
  /**
   * True when the middle part was too costly to match item by item, so it is reported as all
   * removed then all added. Still complete (every change is in it), just not minimal.
   */
  readonly coarse: boolean;
}

/**
 * Largest edit distance jsdiff searches for (its cost grows with the square of it; 2,000 keeps a
 * worst case near 200 ms). Only reached by wholesale reshuffles once unmatched items are set aside.
 */
export const MAX_EDIT_LENGTH = 2_000;

/**
 * A shortest edit script from `before` to `after` using jsdiff's Myers diff. Two cheap steps
 * first (as GNU diff does): keep the common start and end, and set aside items that occur on one
 * side only — they cannot be part of any common subsequence, so the result stays minimal while
 * Myers only sees what can match. That keeps "everything rewritten" fast instead of worst case.
 */
export function diffSequence(
  before: readonly string[],
  after: readonly string[],
  maxEditLength = MAX_EDIT_LENGTH,
): SequenceDiff {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const ops: SequenceOp[] = [];
  for (let k = 0; k < start; k++) ops.push({ kind: 'same', before: k, after: k });

  const inAfter = new Set(after.slice(start, endA));
  const inBefore = new Set(before.slice(start, endB));
  const keptB: number[] = [];
  const keptA: number[] = [];
  for (let i = start; i < endB; i++) if (inAfter.has(before[i] as string)) keptB.push(i);
  for (let j = start; j < endA; j++) if (inBefore.has(after[j] as string)) keptA.push(j);

  const matches = matchKept(before, after, keptB, keptA, maxEditLength);
  const coarse = matches === null;
  // Walk both sides, emitting everything up to each matched pair as removed, then added.
  let i = start;
  let j = start;
  for (const [mb, ma] of matches ?? []) {
    for (; i < mb; i++) ops.push({ kind: 'removed', before: i });
    for (; j < ma; j++) ops.push({ kind: 'added', after: j });
    ops.push({ kind: 'same', before: i++, after: j++ });
  }
  for (; i < endB; i++) ops.push({ kind: 'removed', before: i });
  for (; j < endA; j++) ops.push({ kind: 'added', after: j });

  const shift = before.length - endB;
  for (let k = 0; k < shift; k++) ops.push({ kind: 'same', before: endB + k, after: endA + k });
  return { ops, coarse };
}

/** Matched (before, after) index pairs of the kept items, or null when the diff gave up. */
function matchKept(
  before: readonly string[],
  after: readonly string[],
  keptB: readonly number[],
  keptA: readonly number[],
  maxEditLength: number,
): Array<[number, number]> | null {
  if (keptB.length === 0 || keptA.length === 0) return [];
  const changes = diffArrays(
    keptB.map((index) => before[index] as string),
    keptA.map((index) => after[index] as string),
    { maxEditLength },
  );
  if (changes === undefined) return null;
  const pairs: Array<[number, number]> = [];
  let b = 0;
  let a = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) a += count;
    else if (change.removed) b += count;
    else {
      for (let k = 0; k < count; k++) pairs.push([keptB[b + k] as number, keptA[a + k] as number]);
      b += count;
      a += count;
    }
  }
  return pairs;
}
