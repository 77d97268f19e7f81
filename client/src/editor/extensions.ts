import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { DocumentId, PresenceUser } from '@kring/shared';
import { CONTENT_FIELD } from '@kring/shared';
import type { DocumentSession } from '../sync/DocumentSession.js';
import { renderCaret } from './caret.js';
import { contentExtensions } from './contentExtensions.js';
import { ImageFiles, type ImageFilesController } from './imageFiles.js';
import { InternalLinks } from './internalLinks.js';
import { SearchHighlight } from './searchHighlight.js';
import { CommentHighlights } from './commentHighlights.js';
import { GlossaryMarks } from './glossaryMarks.js';
import { SlashCommand, type SlashMenuController } from './slashMenu.js';
import { WordPaste } from './wordPaste.js';

/** Behaviour the live editor adds to the content extensions. */
export interface LiveEditorOptions {
  readonly slashMenu: SlashMenuController;
  /** Receives files pasted or dropped into the text. */
  readonly imageFiles: ImageFilesController;
  /** Opens a Kring document in the app (links in the text). */
  readonly openDocument: (id: DocumentId) => void;
  /** Accessible name of a task's checkbox. */
  readonly taskLabel: (text: string, checked: boolean) => string;
}

/** Tiptap extensions bound to a session's Y.Doc and awareness. */
export function createExtensions(
  session: DocumentSession,
  user: PresenceUser,
  options: LiveEditorOptions,
): Extensions {
  return [
    ...contentExtensions({ taskLabel: options.taskLabel }),
    Collaboration.configure({ document: session.doc, field: CONTENT_FIELD }),
    CollaborationCaret.configure({
      provider: { awareness: session.awareness },
      user,
      render: renderCaret,
    }),
    SlashCommand.configure({ controller: options.slashMenu }),
    InternalLinks.configure({ openDocument: options.openDocument }),
    SearchHighlight,
    GlossaryMarks,
    CommentHighlights,
    WordPaste,
    ImageFiles.configure({ controller: options.imageFiles }),
  ];
}
