import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { navigate } from '../../routing/history.js';
import { documentPath, newDocumentId } from '../../sync/documentId.js';
import { OpenByLinkForm } from './OpenByLinkForm.js';
import { RecentDocumentList } from './RecentDocumentList.js';

/** Start screen: new document, recently opened documents, open by link. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.pageTitle'));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('home.heading')}</Heading>
      <Paragraph purpose="lead">{t('home.intro')}</Paragraph>
      <div className="kring-actions">
        <Button purpose="primary" onClick={() => navigate(documentPath(newDocumentId()))}>
          {t('home.newDocument')}
        </Button>
      </div>
      <RecentDocumentList />
      <OpenByLinkForm />
    </div>
  );
}
