import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One term found in a text: UTF-16 offsets and the glossary entry it belongs to. */
export interface TermMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
}

/** What marks terms; dispatch `setMeta(glossaryMarksKey, marking | null)` to change it. */
export interface GlossaryMarking {
  /** The terms in one text block's text. */
  readonly find: (text: string) => readonly TermMatch[];
  /** Only each term's first occurrence in the page. */
  readonly firstOnly: boolean;
  /** Terms take keyboard focus (a read-only page has no caret to move onto them). */
  readonly focusable: boolean;
}

interface MarksState {
  readonly marking: GlossaryMarking | null;
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

/** Decorations of one text block at `pos`; `seen` (first-only mode) skips terms met before. */
function blockDecorations(
  block: ProseMirrorNode,
  pos: number,
  marking: GlossaryMarking,
  seen: Set<string> | null,
): Decoration[] {
  // One character per position: text, and each inline leaf as OBJECT (they are size 1).
  const text = block.textBetween(0, block.content.size, undefined, OBJECT);
  const decorations: Decoration[] = [];
  for (const match of marking.find(text)) {
    if (seen !== null) {
      if (seen.has(match.entryId)) continue;
      seen.add(match.entryId);
    }
    decorations.push(
      termDecoration(pos + 1 + match.start, pos + 1 + match.end, match.entryId, marking.focusable),
    );
  }
  return decorations;
}

function allDecorations(doc: ProseMirrorNode, marking: GlossaryMarking): DecorationSet {
  const seen = marking.firstOnly ? new Set<string>() : null;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...blockDecorations(node, pos, marking, seen));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * After an edit, only the text blocks it touched are searched again (a keystroke costs one
 * paragraph, not the page); the other decorations are mapped. First-only mode redoes the page,
 * since an edit anywhere can change which occurrence comes first.
 */
function updatedDecorations(tr: Transaction, state: MarksState, marking: GlossaryMarking) {
  if (marking.firstOnly) return allDecorations(tr.doc, marking);
  let decorations = state.decorations.map(tr.mapping, tr.doc);
  const touched = new Map<number, ProseMirrorNode>();
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(index + 1);
      const from = Math.min(rest.map(newStart, -1), tr.doc.content.size);
      const to = Math.min(rest.map(newEnd, 1), tr.doc.content.size);
      tr.doc.nodesBetween(from, Math.max(from, to), (node, pos) => {
        if (!node.isTextblock) return true;
        touched.set(pos, node);
        return false;
      });
    });
  });
  for (const [pos, block] of touched) {
    const end = pos + block.nodeSize;
    decorations = decorations.remove(decorations.find(pos, end));
    decorations = decorations.add(tr.doc, blockDecorations(block, pos, marking, null));
  }
  return decorations;
}

/**
 * Marks glossary terms in the text as decorations (never document content, so nobody else's
 * copy changes): `<span class="kring-term" role="term">`, described by the definition tooltip.
 * Off until a {@link GlossaryMarking} is dispatched.
 */
export const GlossaryMarks = Extension.create({
  name: 'kringGlossaryMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<MarksState>({
        key: glossaryMarksKey,
        state: {
          init: () => ({ marking: null, decorations: DecorationSet.empty }),
          apply(tr, state) {
            const meta = tr.getMeta(glossaryMarksKey) as GlossaryMarking | null | undefined;
            if (meta === null) return { marking: null, decorations: DecorationSet.empty };
            if (meta !== undefined)
              return { marking: meta, decorations: allDecorations(tr.doc, meta) };
            if (state.marking === null || !tr.docChanged) return state;
            return {
              marking: state.marking,
              decorations: updatedDecorations(tr, state, state.marking),
            };
          },
        },
        props: {
          decorations: (state) => glossaryMarksKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** The glossary entry marked at `pos` (the caret), if any. */
export function termAt(state: Parameters<typeof glossaryMarksKey.getState>[0], pos: number) {
  const decorations = glossaryMarksKey.getState(state)?.decorations;
  const [found] = decorations?.find(pos, pos, (spec) => typeof spec['entryId'] === 'string') ?? [];
  return found === undefined
    ? null
    : { entryId: found.spec['entryId'] as string, from: found.from, to: found.to };
}
