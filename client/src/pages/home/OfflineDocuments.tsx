import { OpenByLinkForm } from './OpenByLinkForm.js';
import { RecentDocumentList } from './RecentDocumentList.js';

/** What the home page still offers while the server cannot be reached: documents in this browser. */
export function OfflineDocuments() {
  return (
    <>
      <RecentDocumentList />
      <OpenByLinkForm />
    </>
  );
}
