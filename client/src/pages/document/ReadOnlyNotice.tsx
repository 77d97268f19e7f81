import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '../../components/Alert.js';

/**
 * Tells the person they can read (and perhaps comment on) but not change the document. An alert (not a status: the page
 * has exactly one status region), so it is also announced when a role is lowered while open.
 */
export function ReadOnlyNotice({ canComment = false }: { readonly canComment?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert type="info" role="alert" className="kring-read-only">
      <Paragraph>
        {canComment ? t('document.readOnlyCanComment') : t('document.readOnly')}
      </Paragraph>
    </Alert>
  );
}
