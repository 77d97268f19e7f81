import { blockKey, type Block } from './blocks.js';
import { diffSequence, MAX_EDIT_LENGTH } from './sequenceDiff.js';
import { diffBlockWords, type DiffPart } from './wordDiff.js';

/** A block that is only in the old text (removed) or only in the new text (added). */
export interface ChangedBlock {
  readonly block: Block;
  /** The text, with the changed words marked when the block is one side of an edit. */
  readonly parts: readonly DiffPart[];
  /** The same block occurs unchanged on the other side elsewhere: it was moved. */
  readonly moved: boolean;
}

/**
 * A stretch of the comparison: a run of unchanged blocks, or a changed passage that reads as
 * the removed block(s) followed by the added block(s). An edited block is a passage of one
 * removed and one added block with `edited` set (its words are marked).
 */
export type Passage =
  | { readonly kind: 'same'; readonly blocks: readonly Block[]; readonly start: number }
  | {
      readonly kind: 'changed';
      readonly removed: readonly ChangedBlock[];
      readonly added: readonly ChangedBlock[];
      readonly edited: boolean;
    };

/** How many blocks were edited, added, removed or moved, counting each block once. */
export interface DiffCounts {
  readonly edited: number;
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
}

/** The comparison of two versions of a document, passage by passage. */
export interface VersionDiff {
  readonly passages: readonly Passage[];
  readonly counts: DiffCounts;
  /** See {@link SequenceDiff.coarse}: complete, but too different to match block by block. */
  readonly coarse: boolean;
}

/** How far ahead an edited block's new text is looked for among the added blocks. */
const PAIR_WINDOW = 8;

/**
 * Compares two lists of blocks (`before`: the version, `after`: now). Blocks are matched with
 * jsdiff (see {@link diffSequence}); each run of removed/added blocks between matches is split
 * into edited pairs (similar enough for word marks) and plain removed/added passages.
 */
export function diffVersions(
  before: readonly Block[],
  after: readonly Block[],
  maxEditLength = MAX_EDIT_LENGTH,
): VersionDiff {
  const keysB = before.map(blockKey);
  const keysA = after.map(blockKey);
  const { ops, coarse } = diffSequence(keysB, keysA, maxEditLength);
  const moved: MovedTally = {
    counts: movedKeys(ops, keysB, keysA),
    from: new Map(),
    to: new Map(),
  };
  const passages: Passage[] = [];
  const counts = { edited: 0, added: 0, removed: 0, moved: 0 };
  let removed: Block[] = [];
  let added: Block[] = [];
  let same: Block[] = [];
  let sameStart = 0;
  const flushChanges = () => {
    if (removed.length + added.length === 0) return;
    for (const passage of hunkPassages(removed, added, moved)) {
      passages.push(passage);
      if (passage.kind !== 'changed') continue;
      if (passage.edited) counts.edited++;
      else {
        for (const { moved: isMoved } of passage.removed) counts[isMoved ? 'moved' : 'removed']++;
        for (const { moved: isMoved } of passage.added) if (!isMoved) counts.added++;
      }
    }
    removed = [];
    added = [];
  };
  const flushSame = () => {
    if (same.length > 0) passages.push({ kind: 'same', blocks: same, start: sameStart });
    same = [];
  };
  for (const op of ops) {
    if (op.kind === 'same') {
      flushChanges();
      if (same.length === 0) sameStart = op.after;
      same.push(after[op.after] as Block);
    } else {
      flushSame();
      if (op.kind === 'removed') removed.push(before[op.before] as Block);
      else added.push(after[op.after] as Block);
    }
  }
  flushChanges();
  flushSame();
  return { passages, counts, coarse };
}

/**
 * Keys removed in one place and added in another, counted: a block moved without edits. Each
 * removed occurrence is matched with at most one added one.
 */
function movedKeys(
  ops: ReturnType<typeof diffSequence>['ops'],
  keysB: readonly string[],
  keysA: readonly string[],
): Map<string, number> {
  const removed = new Map<string, number>();
  const added = new Map<string, number>();
  for (const op of ops) {
    if (op.kind === 'removed') bump(removed, keysB[op.before] as string);
    else if (op.kind === 'added') bump(added, keysA[op.after] as string);
  }
  const moved = new Map<string, number>();
  for (const [key, count] of removed) {
    const other = added.get(key) ?? 0;
    if (other > 0) moved.set(key, Math.min(count, other));
  }
  return moved;
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Moved keys with how many of their occurrences each side has marked so far. */
interface MovedTally {
  readonly counts: ReadonlyMap<string, number>;
  readonly from: Map<string, number>;
  readonly to: Map<string, number>;
}

/** Takes one moved occurrence of a block's key, if any is left for this side. */
function takeMoved(moved: MovedTally, block: Block, side: Map<string, number>): boolean {
  const key = blockKey(block);
  const left = (moved.counts.get(key) ?? 0) - (side.get(key) ?? 0);
  if (left <= 0) return false;
  bump(side, key);
  return true;
}

const whole = (block: Block, kind: 'added' | 'removed'): DiffPart[] => [{ kind, text: block.text }];

/** Splits one run of removed and added blocks into passages, pairing edited blocks in order. */
function hunkPassages(
  removed: readonly Block[],
  added: readonly Block[],
  moved: MovedTally,
): Passage[] {
  const movedB = removed.map((block) => takeMoved(moved, block, moved.from));
  const movedA = added.map((block) => takeMoved(moved, block, moved.to));
  const passages: Passage[] = [];
  let nextB = 0;
  let nextA = 0;
  const plain = (endB: number, endA: number) => {
    if (endB === nextB && endA === nextA) return;
    passages.push({
      kind: 'changed',
      edited: false,
      removed: removed.slice(nextB, endB).map((block, k) => ({
        block,
        parts: whole(block, 'removed'),
        moved: movedB[nextB + k] === true,
      })),
      added: added.slice(nextA, endA).map((block, k) => ({
        block,
        parts: whole(block, 'added'),
        moved: movedA[nextA + k] === true,
      })),
    });
  };
  for (let b = 0; b < removed.length; b++) {
    if (movedB[b] === true) continue;
    const old = removed[b] as Block;
    const limit = Math.min(added.length, nextA + PAIR_WINDOW);
    for (let a = nextA; a < limit; a++) {
      const candidate = added[a] as Block;
      if (movedA[a] === true || candidate.kind !== old.kind) continue;
      const words = diffBlockWords(old.text, candidate.text);
      if (words === null) continue;
      plain(b, a);
      passages.push({
        kind: 'changed',
        edited: true,
        removed: [{ block: old, parts: words.removed, moved: false }],
        added: [{ block: candidate, parts: words.added, moved: false }],
      });
      nextB = b + 1;
      nextA = a + 1;
      break;
    }
  }
  plain(removed.length, added.length);
  return passages;
}
