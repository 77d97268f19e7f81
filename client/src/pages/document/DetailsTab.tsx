import type { DocumentView } from '@kring/shared';
import type { DocumentSession } from '../../sync/DocumentSession.js';
import { CopyLinkButton } from './CopyLinkButton.js';
import { DeleteDocument } from './DeleteDocument.js';
import { DocumentDetails } from './DocumentDetails.js';
import { ExportPanel } from './ExportPanel.js';
import { SaveAsTemplate } from './SaveAsTemplate.js';
import { TagsPanel } from './TagsPanel.js';

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
 * The "Details" tab of the document panel: who made and changed it, tags, copy link, downloads
 * and, for those allowed, "Save as template" and "Move to trash".
 */
export function DetailsTab(props: DetailsTabProps) {
  const { session, view, title, canWrite, online, isOwner, onChanged } = props;
  return (
    <div className="kring-doc-panel__stack">
      <DocumentDetails view={view} />
      <TagsPanel view={view} canEdit={canWrite && online} onChanged={onChanged} />
      <CopyLinkButton />
      {online && <ExportPanel documentId={view.id} />}
      {isOwner && <SaveAsTemplate view={view} title={title} />}
      {view.canManage && <DeleteDocument session={session} view={view} title={title} />}
    </div>
  );
}
