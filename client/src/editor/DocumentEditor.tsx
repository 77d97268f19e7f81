import { Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EditorContent } from '@tiptap/react';
import { lazyComponent } from '../components/lazyComponent.js';
import { useHasGlossary } from '../glossary/glossaryList.js';
import { useOnceTrue } from '../hooks/useOnceTrue.js';
import { SlashMenu } from './SlashMenu.js';
import { Toolbar } from './Toolbar.js';
import type { DocumentEditorHandle } from './useDocumentEditor.js';
import { useRovingToolbar } from './useRovingToolbar.js';

// Loaded when first needed (a first selection, a first link), not with the page.
const SelectionBubble = lazyComponent(() =>
  import('./SelectionBubble.js').then((m) => m.SelectionBubble),
);
// Marks glossary terms; loads the term matcher (the search analyzer) apart from the page.
const GlossaryLayer = lazyComponent(() =>
  import('../glossary/GlossaryLayer.js').then((m) => m.GlossaryLayer),
);
const ExplainTermDialog = lazyComponent(() =>
  import('../glossary/ExplainTermDialog.js').then((m) => m.ExplainTermDialog),
);
const MentionDialog = lazyComponent(() =>
  import('./MentionDialog.js').then((m) => m.MentionDialog),
);
const WebLinkDialog = lazyComponent(() =>
  import('./WebLinkDialog.js').then((m) => m.WebLinkDialog),
);

/** Props of {@link DocumentEditor}. */
export interface DocumentEditorProps {
  readonly handle: DocumentEditorHandle;
  /** No changes possible (the person may only read); the toolbar is hidden. */
  readonly readOnly: boolean;
  /** Opens the "Link to page" dialog (toolbar button and slash menu). */
  readonly onLinkToPage: () => void;
  /** Opens the "Insert image" dialog (toolbar); absent while images cannot be uploaded. */
  readonly onInsertImage?: (() => void) | undefined;
  /** Starts a comment thread on the selected text; absent where the person may not comment. */
  readonly onComment?: (() => void) | undefined;
  /** The page's community, whose glossary terms are marked; null until known. */
  readonly communitySlug?: string | null;
  /** The page (for "Mention someone"); null until known. */
  readonly documentId?: string | null;
}

/**
 * The rich-text editor of a document with its toolbar, the bubble menu on a selection and the
 * slash menu. Alt+F10 in the text focuses the bubble menu when it is shown, else the toolbar
 * (as in other editors); Escape there comes back.
 */
export function DocumentEditor({
  handle,
  readOnly,
  onLinkToPage,
  onInsertImage,
  communitySlug = null,
  documentId = null,
  onComment,
}: DocumentEditorProps) {
  const { editor, slashMenu } = handle;
  const roving = useRovingToolbar();
  const bubble = useRef<HTMLDivElement>(null);
  const [webLinkOpen, setWebLinkOpen] = useState(false);
  const openWebLink = useCallback(() => setWebLinkOpen(true), []);
  const webLinkMounted = useOnceTrue(webLinkOpen);
  const hasGlossary = useHasGlossary(communitySlug);
  const [mentioning, setMentioning] = useState(false);
  const [mentionProblem, setMentionProblem] = useState<string | null>(null);
  useEffect(() => {
    slashMenu.onMention = () => setMentioning(true);
    return () => {
      slashMenu.onMention = null;
    };
  }, [slashMenu]);
  const [explaining, setExplaining] = useState<string | null>(null);
  const explainSelection = useCallback(() => {
    const { from, to } = editor.state.selection;
    setExplaining(editor.state.doc.textBetween(from, to, ' ').trim().slice(0, 80));
  }, [editor]);
  const [selectedOnce, setSelectedOnce] = useState(false);

  useEffect(() => {
    if (readOnly || selectedOnce) return;
    const onSelection = () => {
      if (!editor.state.selection.empty) setSelectedOnce(true);
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, readOnly, selectedOnce]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || event.key !== 'F10' || !event.altKey) return;
    if (!editor.view.dom.contains(event.target as Node)) return;
    event.preventDefault();
    // The bubble menu's element is in the page only while it is shown.
    const bubbleButton = bubble.current?.isConnected
      ? bubble.current.querySelector<HTMLButtonElement>('button')
      : null;
    if (bubbleButton) bubbleButton.focus();
    else roving.focus();
  };

  return (
    <div
      className={readOnly ? 'kring-editor kring-editor--read-only' : 'kring-editor'}
      onKeyDown={onKeyDown}
    >
      {!readOnly && (
        <Toolbar
          editor={editor}
          roving={roving}
          onWebLink={openWebLink}
          onLinkToPage={onLinkToPage}
          onInsertImage={onInsertImage}
        />
      )}
      <EditorContent editor={editor} className="kring-editor__frame" />
      <Suspense fallback={null}>
        {communitySlug !== null && hasGlossary && (
          <GlossaryLayer editor={editor} slug={communitySlug} readOnly={readOnly} />
        )}
        {!readOnly && selectedOnce && (
          <SelectionBubble
            ref={bubble}
            editor={editor}
            onWebLink={openWebLink}
            onExplain={communitySlug === null ? undefined : explainSelection}
            onComment={onComment}
          />
        )}
        {communitySlug !== null && explaining !== null && (
          <ExplainTermDialog
            slug={communitySlug}
            term={explaining}
            onClose={() => {
              setExplaining(null);
              editor.commands.focus();
            }}
          />
        )}
        {!readOnly && mentioning && communitySlug !== null && documentId !== null && (
          <MentionDialog
            editor={editor}
            slug={communitySlug}
            documentId={documentId}
            onClose={() => setMentioning(false)}
            onProblem={setMentionProblem}
          />
        )}
        {!readOnly && webLinkMounted && (
          <WebLinkDialog editor={editor} open={webLinkOpen} onClose={() => setWebLinkOpen(false)} />
        )}
      </Suspense>
      {!readOnly && <SlashMenu controller={slashMenu} />}
      {mentionProblem !== null && (
        <p className="kring-form__error" role="alert">
          {mentionProblem}
        </p>
      )}
    </div>
  );
}
