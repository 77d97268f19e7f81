import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { watchMarkedWindow, type DocWindow } from './glossaryWindow.js';

/** One term found in a text: UTF-16 offsets and the glossary entry it belongs to. */
export interface TermMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

/** What marks terms; dispatch `setMeta(glossaryMarksKey, { marking })` to change it. */
export interface GlossaryMarking {
  /** The terms in one text block's text. */
  readonly find: (text: string) => readonly TermMatch[];
  /** Only each term's first occurrence in the page. */
  readonly firstOnly: boolean;
  /** Terms take keyboard focus (a read-only page has no caret to move onto them). */
  readonly focusable: boolean;
}

/** What a transaction may tell the plugin: a new marking (null: off) or the part on screen. */
export type GlossaryMarksMeta =
  { readonly marking: GlossaryMarking | null } | { readonly window: DocWindow };

interface MarksState {
  readonly marking: GlossaryMarking | null;
  /** Matches per text block; blocks are immutable, so an unchanged one is never searched again. */
  readonly matches: WeakMap<ProseMirrorNode, readonly TermMatch[]>;
  /** Only blocks in this part of the page are marked (null: none, until it is measured). */
  readonly window: DocWindow | null;
  readonly decorations: DecorationSet;
}

/** Plugin key of the glossary marks. */
export const glossaryMarksKey = new PluginKey<MarksState>('kringGlossaryMarks');

/** Id of the one definition tooltip every marked term is described by. */
export const GLOSSARY_TIP_ID = 'kring-glossary-tip';

/** An inline object (image, hard break) as one character no word runs across. */
const OBJECT = '\uFFFC';

function termDecoration(from: number, to: number, entryId: string, focusable: boolean) {
  return Decoration.inline(
    from,
    to,
    {
      class: 'kring-term',
      role: 'term',
      'data-term-id': entryId,
      'aria-describedby': GLOSSARY_TIP_ID,
      ...(focusable ? { tabindex: '0' } : {}),
    },
    { entryId },
  );
}

function matchesOf(state: MarksState, marking: GlossaryMarking, block: ProseMirrorNode) {
  let found = state.matches.get(block);
  if (found === undefined) {
    // One character per position: text, and each inline leaf as OBJECT (they are size 1).
    found = marking.find(block.textBetween(0, block.content.size, undefined, OBJECT));
    state.matches.set(block, found);
  }
  return found;
}

/**
 * The decorations of the blocks in the window. Every other block costs nothing: its matches are
 * cached, and only first-only mode looks at them (to know which occurrence comes first). Marks
 * are limited to the window so that a long page does not carry thousands of extra elements,
 * which every keystroke would pay for.
 */
function decorate(doc: ProseMirrorNode, state: MarksState, marking: GlossaryMarking) {
  const { window } = state;
  if (window === null) return DecorationSet.empty;
  const seen = marking.firstOnly ? new Set<string>() : null;
  const decorations: Decoration[] = [];
  const visit = (node: ProseMirrorNode, pos: number) => {
    if (!node.isTextblock) return true;
    const shown = pos < window.to && pos + node.nodeSize > window.from;
    for (const match of matchesOf(state, marking, node)) {
      if (seen !== null) {
        if (seen.has(match.entryId)) continue;
        seen.add(match.entryId);
      }
      if (shown) {
        const from = pos + 1 + match.start;
        decorations.push(
          termDecoration(from, pos + 1 + match.end, match.entryId, marking.focusable),
        );
      }
    }
    return false;
  };
  if (seen === null) {
    doc.nodesBetween(window.from, Math.min(window.to, doc.content.size), visit);
  } else {
    doc.descendants(visit);
  }
  return DecorationSet.create(doc, decorations);
}

/** Text blocks a transaction changed (in its new document), by position. */
function touchedBlocks(tr: Transaction): Map<number, ProseMirrorNode> {
  const touched = new Map<number, ProseMirrorNode>();
  const size = tr.doc.content.size;
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = Math.min(rest.map(newStart, -1), size);
      const to = Math.max(from, Math.min(rest.map(newEnd, 1), size));
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (!node.isTextblock) return true;
        touched.set(pos, node);
        return false;
      });
    });
  });
  return touched;
}

/**
 * After an edit: the old marks mapped, and only the changed blocks in the window marked again
 * (a keystroke costs one paragraph, not the window). First-only mode redoes the window, since an
 * edit anywhere can change which occurrence comes first.
 */
function afterEdit(tr: Transaction, state: MarksState, marking: GlossaryMarking): MarksState {
  const window = state.window && {
    from: tr.mapping.map(state.window.from, -1),
    to: tr.mapping.map(state.window.to, 1),
  };
  if (marking.firstOnly || window === null) return withDecorations(tr.doc, { ...state, window });
  let decorations = state.decorations.map(tr.mapping, tr.doc);
  for (const [pos, block] of touchedBlocks(tr)) {
    const end = pos + block.nodeSize;
    if (pos >= window.to || end <= window.from) continue;
    decorations = decorations.remove(decorations.find(pos, end));
    decorations = decorations.add(
      tr.doc,
      matchesOf(state, marking, block).map((match) =>
        termDecoration(
          pos + 1 + match.start,
          pos + 1 + match.end,
          match.entryId,
          marking.focusable,
        ),
      ),
    );
  }
  return { ...state, window, decorations };
}

function withDecorations(doc: ProseMirrorNode, state: Omit<MarksState, 'decorations'>): MarksState {
  const next = { ...state, decorations: DecorationSet.empty };
  return state.marking === null
    ? next
    : { ...next, decorations: decorate(doc, next, state.marking) };
}

/**
 * Marks glossary terms in the text as decorations (never document content, so nobody else's
 * copy changes): `<span class="kring-term" role="term">`, described by the definition tooltip.
 * Off until a {@link GlossaryMarking} is dispatched; then the part of the page on screen (and a
 * screen above and below it) is marked, following scrolling.
 */
export const GlossaryMarks = Extension.create({
  name: 'kringGlossaryMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<MarksState>({
        key: glossaryMarksKey,
        state: {
          init: () => ({
            marking: null,
            matches: new WeakMap(),
            window: null,
            decorations: DecorationSet.empty,
          }),
          apply(tr, state) {
            const meta = tr.getMeta(glossaryMarksKey) as GlossaryMarksMeta | undefined;
            if (meta !== undefined && 'marking' in meta) {
              return withDecorations(tr.doc, {
                ...state,
                marking: meta.marking,
                matches: new WeakMap(),
              });
            }
            if (meta !== undefined)
              return withDecorations(tr.doc, { ...state, window: meta.window });
            if (state.marking === null || !tr.docChanged) return state;
            return afterEdit(tr, state, state.marking);
          },
        },
        view: (view) => watchMarkedWindow(view, glossaryMarksKey),
        props: {
          decorations: (state) => glossaryMarksKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** The glossary entry marked at `pos` (the caret), if any. */
export function termAt(state: EditorState, pos: number) {
  const decorations = glossaryMarksKey.getState(state)?.decorations;
  const [found] = decorations?.find(pos, pos, (spec) => typeof spec['entryId'] === 'string') ?? [];
  return found === undefined
    ? null
    : { entryId: found.spec['entryId'] as string, from: found.from, to: found.to };
}
