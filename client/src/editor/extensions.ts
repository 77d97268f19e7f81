import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import type { PresenceUser } from '@kring/shared';
import { CONTENT_FIELD, type DocumentSession } from '../sync/DocumentSession.js';
import { renderCaret } from './caret.js';

/** Tiptap extensions bound to a session's Y.Doc and awareness. */
export function createExtensions(session: DocumentSession, user: PresenceUser): Extensions {
  return [
    // Yjs keeps the history (per person), so Tiptap's own undo must be off.
    StarterKit.configure({ undoRedo: false }),
    Collaboration.configure({ document: session.doc, field: CONTENT_FIELD }),
    CollaborationCaret.configure({
      provider: { awareness: session.awareness },
      user,
      render: renderCaret,
    }),
  ];
}
