import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLayoutSidebarRight, IconLayoutSidebarRightCollapse } from '@tabler/icons-react';
import type { SyncStatus } from '@kring/shared';
import { IconButton } from '../../shell/IconButton.js';
import type { AccessState } from '../../sync/accessMessage.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { DocumentBreadcrumb } from './DocumentBreadcrumb.js';
import { DOCUMENT_PANEL_ID } from './DocumentPanel.js';
import { FavouriteButton } from './FavouriteButton.js';
import { PresenceList } from './PresenceList.js';
import { SyncStatusView } from './SyncStatusView.js';

/** Props of {@link DocumentHeader}. */
export interface DocumentHeaderProps {
  readonly session: DocumentSession;
  readonly status: SyncStatus;
  readonly access: AccessState;
  /** Breadcrumb: absent while the document's community is unknown. */
  readonly place: {
    readonly slug: string;
    readonly communityName: string | null;
    readonly ancestors: readonly { readonly id: string; readonly title: string }[];
  } | null;
  /** The star is shown when signed in with the server reachable. */
  readonly canPin: boolean;
  readonly panelOpen: boolean;
  readonly onTogglePanel: () => void;
}

/**
 * The compact row above the title: breadcrumb, then the people present, the sync status, the
 * favourite star and the toggle of the right panel. The toggle is forwarded so that the focus can
 * come back to it when an overlay panel closes.
 */
export const DocumentHeader = forwardRef<HTMLButtonElement, DocumentHeaderProps>(
  function DocumentHeader(props, toggleRef) {
    const { session, status, access, place, canPin, panelOpen, onTogglePanel } = props;
    const { t } = useTranslation();
    return (
      <div className="kring-doc-header">
        {place !== null ? (
          <DocumentBreadcrumb
            slug={place.slug}
            communityName={place.communityName}
            ancestors={place.ancestors}
          />
        ) : (
          <span />
        )}
        <div className="kring-doc-header__tools">
          <PresenceList session={session} />
          <SyncStatusView status={status} access={access} />
          {canPin && <FavouriteButton documentId={session.id} />}
          <IconButton
            ref={toggleRef}
            label={t('docPage.panel')}
            icon={
              panelOpen ? (
                <IconLayoutSidebarRightCollapse aria-hidden="true" size={20} />
              ) : (
                <IconLayoutSidebarRight aria-hidden="true" size={20} />
              )
            }
            aria-expanded={panelOpen}
            aria-controls={panelOpen ? DOCUMENT_PANEL_ID : undefined}
            onClick={onTogglePanel}
          />
        </div>
      </div>
    );
  },
);
