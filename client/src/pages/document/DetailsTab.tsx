import { Suspense } from 'react';
import type { DocumentView } from '@kring/shared';
import { lazyComponent } from '../../components/lazyComponent.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { DeleteDocument } from './DeleteDocument.js';
import { DocumentDetails } from './DocumentDetails.js';
import { ExportPanel } from './ExportPanel.js';
import { SaveAsTemplate } from './SaveAsTemplate.js';
import { TagsPanel } from './TagsPanel.js';

// Loaded when the tab first shows: most visits never open it.
const WatchToggle = lazyComponent(() =>
  import('../../notifications/WatchToggle.js').then((m) => m.WatchToggle),
);
const ContributorsPanel = lazyComponent(() =>
  import('./ContributorsPanel.js').then((m) => m.ContributorsPanel),
);

/** Props of {@link DetailsTab}. */
export interface DetailsTabProps {
  readonly session: DocumentSession;
  readonly view: DocumentView;
  readonly title: string;
  readonly canWrite: boolean;
  readonly online: boolean;
  readonly isOwner: boolean;
  readonly onChanged: (view: DocumentView) => void;
}

/**
 * The "Details" tab of the document panel: who made and changed it, tags, who wrote how much, copy link, downloads
 * and, for those allowed, "Save as template" and "Move to trash".
 */
export function DetailsTab(props: DetailsTabProps) {
  const { session, view, title, canWrite, online, isOwner, onChanged } = props;
  return (
    <div className="kring-doc-panel__stack">
      <DocumentDetails view={view} />
      {online && (
        <Suspense fallback={null}>
          <WatchToggle target={{ page: view.id }} />
        </Suspense>
      )}
      <TagsPanel view={view} canEdit={canWrite && online} onChanged={onChanged} />
      {online && (
        <Suspense fallback={null}>
          <ContributorsPanel documentId={view.id} />
        </Suspense>
      )}
      <CopyLinkButton />
      {online && <ExportPanel documentId={view.id} />}
      {isOwner && <SaveAsTemplate view={view} title={title} />}
      {view.canManage && <DeleteDocument session={session} view={view} title={title} />}
    </div>
  );
}
