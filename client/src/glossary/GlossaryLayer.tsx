import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { glossaryMarksKey } from '../editor/glossaryMarks.js';
import { loadGlossary, type LoadedGlossary } from './glossaryCache.js';
import { onGlossaryChange } from './glossaryList.js';
import { useGlossarySettings } from './glossarySettings.js';
import { GlossaryTooltip } from './GlossaryTooltip.js';

/** Props of {@link GlossaryLayer}. */
export interface GlossaryLayerProps {
  readonly editor: Editor;
  /** The page's community, whose glossary marks it. */
  readonly slug: string;
  readonly readOnly: boolean;
}

/**
 * Marks the community's glossary terms in the page (as this person chose: on or off, every or
 * only the first occurrence) and shows a term's definition where the reader meets it.
 */
export function GlossaryLayer({ editor, slug, readOnly }: GlossaryLayerProps) {
  const settings = useGlossarySettings();
  const [glossary, setGlossary] = useState<LoadedGlossary | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(
    () => onGlossaryChange((changed) => changed === slug && setVersion((n) => n + 1)),
    [slug],
  );
  useEffect(() => {
    let current = true;
    loadGlossary(slug).then(
      (next) => current && setGlossary(next),
      // Offline or refused: the page simply shows no marks.
      () => current && setGlossary(null),
    );
    return () => {
      current = false;
    };
  }, [slug, version]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    const marking =
      settings.marks && glossary !== null && !glossary.matcher.isEmpty
        ? {
            find: (text: string) => glossary.matcher.find(text),
            firstOnly: settings.firstOnly,
            focusable: readOnly,
          }
        : null;
    editor.view.dispatch(
      editor.state.tr.setMeta(glossaryMarksKey, { marking }).setMeta('addToHistory', false),
    );
  }, [editor, glossary, settings.marks, settings.firstOnly, readOnly]);

  if (glossary === null || !settings.marks) return null;
  return <GlossaryTooltip editor={editor} slug={slug} entries={glossary.entries} />;
}
