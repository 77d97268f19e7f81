import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import {
  IconArrowsJoin,
  IconHistory,
  IconInfoCircle,
  IconListDetails,
  IconLock,
  IconMessage,
  IconPaperclip,
  IconX,
} from '@tabler/icons-react';
import type { DocumentView } from '@kring/shared';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { TableOfContents } from '../../editor/TableOfContents.js';
import { IconButton } from '../../shell/IconButton.js';
import { lazyComponent } from '../../components/lazyComponent.js';
import type { DocumentPanelState } from './useDocumentPanel.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import type { CommentsController } from '../../comments/useComments.js';

// Only the contents tab is there from the start; the others load when first chosen.
const AccessControl = lazyComponent(() =>
  import('./AccessControl.js').then((m) => m.AccessControl),
);
const AttachmentsPanel = lazyComponent(() =>
  import('./AttachmentsPanel.js').then((m) => m.AttachmentsPanel),
);
const BacklinksPanel = lazyComponent(() =>
  import('./BacklinksPanel.js').then((m) => m.BacklinksPanel),
);
const DetailsTab = lazyComponent(() => import('./DetailsTab.js').then((m) => m.DetailsTab));
const CommentsPanel = lazyComponent(() =>
  import('../../comments/CommentsPanel.js').then((m) => m.CommentsPanel),
);
const HistoryPanel = lazyComponent(() => import('./HistoryPanel.js').then((m) => m.HistoryPanel));

/** Id of the panel, for the header's toggle (`aria-controls`). */
export const DOCUMENT_PANEL_ID = 'kring-document-panel';

/** Props of {@link DocumentPanel}. */
export interface DocumentPanelProps {
  readonly panel: DocumentPanelState;
  readonly session: DocumentSession;
  readonly editor: Editor;
  readonly view: DocumentView | null;
  readonly title: string;
  readonly canWrite: boolean;
  /** The server can be reached: panels filled by it are shown. */
  readonly online: boolean;
  /** The person manages the community (may save the page as a template). */
  readonly isOwner: boolean;
  readonly attachmentsVersion: number;
  /** The page's comment threads (the comments tab). */
  readonly comments: CommentsController;
  readonly onViewChanged: (view: DocumentView) => void;
  /** Gives the focus back to the header's toggle (after Escape or the close button). */
  readonly onClosed: () => void;
}

const ICON = { 'aria-hidden': true, size: 20 } as const;

/**
 * The right panel of a document: tabs for contents, details (tags, link, downloads, template,
 * trash), comments, attachments, history, links to here and, for managers, access. Beside the text on wide
 * screens, an overlay on narrower ones (Escape or × closes it); opening it there moves the focus
 * into it.
 */
export function DocumentPanel(props: DocumentPanelProps) {
  const { panel, session, editor, view, title, canWrite, online, isOwner } = props;
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const { wide, setOpen } = panel;

  // Opened as an overlay (only ever by the person), it covers the text: the focus goes with it.
  const [focusOnOpen] = useState(!wide);
  useEffect(() => {
    if (focusOnOpen) {
      root.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    }
  }, [focusOnOpen]);

  const serverOnly = (content: ReactNode): ReactNode =>
    online ? content : <p className="kring-hint">{t('docPage.needsServer')}</p>;

  const items: TabItem[] = [
    {
      id: 'contents',
      label: t('toc.heading'),
      icon: <IconListDetails {...ICON} />,
      content: <TableOfContents editor={editor} />,
    },
  ];
  if (view !== null) {
    items.push(
      {
        id: 'details',
        label: t('docPage.tabs.details'),
        icon: <IconInfoCircle {...ICON} />,
        content: (
          <DetailsTab
            session={session}
            view={view}
            title={title}
            canWrite={canWrite}
            online={online}
            isOwner={isOwner}
            onChanged={props.onViewChanged}
          />
        ),
      },
      {
        id: 'comments',
        label: t('docPage.tabs.comments'),
        icon: <IconMessage {...ICON} />,
        content: serverOnly(
          <CommentsPanel comments={props.comments} editor={editor} slug={view.communitySlug} />,
        ),
      },
      {
        id: 'attachments',
        label: t('docPage.tabs.attachments'),
        icon: <IconPaperclip {...ICON} />,
        content: serverOnly(
          <AttachmentsPanel
            slug={view.communitySlug}
            documentId={view.id}
            canUpload={canWrite}
            version={props.attachmentsVersion}
          />,
        ),
      },
      {
        id: 'history',
        label: t('docPage.tabs.history'),
        icon: <IconHistory {...ICON} />,
        content: serverOnly(<HistoryPanel view={view} editor={editor} canWrite={canWrite} />),
      },
      {
        id: 'backlinks',
        label: t('docPage.tabs.backlinks'),
        icon: <IconArrowsJoin {...ICON} />,
        content: serverOnly(<BacklinksPanel documentId={view.id} />),
      },
    );
    if (view.canManage) {
      items.push({
        id: 'access',
        label: t('docPage.tabs.access'),
        icon: <IconLock {...ICON} />,
        content: <AccessControl view={view} onChanged={props.onViewChanged} />,
      });
    }
  }

  const close = () => {
    setOpen(false);
    props.onClosed();
  };

  return (
    <aside
      ref={root}
      id={DOCUMENT_PANEL_ID}
      className={wide ? 'kring-doc-panel' : 'kring-doc-panel kring-doc-panel--overlay'}
      aria-label={t('document.sidebarLabel')}
      onKeyDown={(event) => {
        if (!wide && event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <Tabs
        label={t('document.sidebarLabel')}
        items={items}
        selected={panel.tab}
        onSelect={panel.setTab}
        iconsOnly
        className="kring-doc-panel__tabs"
      />
      {!wide && (
        // Beside the text the header's toggle closes the panel; over the text it needs its own.
        <span className="kring-doc-panel__close">
          <IconButton
            label={t('docPage.closePanel')}
            icon={<IconX {...ICON} />}
            tooltipSide="left"
            onClick={close}
          />
        </span>
      )}
    </aside>
  );
}
