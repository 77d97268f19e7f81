import { useTranslation } from 'react-i18next';
import type { DocumentView, UserSummary } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';

/** Props of {@link DocumentDetails}. */
export interface DocumentDetailsProps {
  readonly view: DocumentView;
}

function personName(user: UserSummary): string {
  return user.organisation === '' ? user.name : `${user.name} (${user.organisation})`;
}

/** Who created the document and who changed it last, and when. */
export function DocumentDetails({ view }: DocumentDetailsProps) {
  const { t } = useTranslation();
  return (
    <dl className="kring-details">
      <div className="kring-details__item">
        <dt>{t('document.details.created')}</dt>
        <dd>
          <DateTime value={view.createdAt} />
          {view.createdBy !== null &&
            ` ${t('document.details.by', { name: personName(view.createdBy) })}`}
        </dd>
      </div>
      <div className="kring-details__item">
        <dt>{t('document.details.updated')}</dt>
        <dd>
          <DateTime value={view.updatedAt} />
          {view.updatedBy !== null &&
            ` ${t('document.details.by', { name: personName(view.updatedBy) })}`}
        </dd>
      </div>
    </dl>
  );
}
