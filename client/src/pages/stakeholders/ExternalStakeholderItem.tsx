import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { ExternalStakeholderView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { stakeholderName } from './mapView.js';

/** Props of {@link ExternalStakeholderItem}. */
export interface ExternalStakeholderItemProps {
  readonly slug: string;
  readonly stakeholder: ExternalStakeholderView;
  /** Called with a message to announce once it is removed. */
  readonly onRemoved: (message: string) => void;
}

/** One added stakeholder: who and what, and a Remove button that asks first. */
export function ExternalStakeholderItem({
  slug,
  stakeholder,
  onRemoved,
}: ExternalStakeholderItemProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = stakeholderName(stakeholder);

  const remove = () => {
    setBusy(true);
    setError(null);
    api.stakeholders.remove(slug, stakeholder.id).then(
      () => {
        setBusy(false);
        setConfirming(false);
        onRemoved(t('stakeholders.external.removed', { name }));
      },
      (failure: unknown) => {
        setBusy(false);
        setConfirming(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <li className="kring-map-external__item">
      <div className="kring-map-external__text">
        <span className="kring-map-external__name">{name}</span>
        <span className="kring-map-details__meta">
          {organisationTypeLabel(t, stakeholder.organisationType)}
          {stakeholder.contactEmail !== '' && ` · ${stakeholder.contactEmail}`}
          {stakeholder.topics.length > 0 && ` · ${stakeholder.topics.join(', ')}`}
        </span>
        {stakeholder.note !== '' && (
          <span className="kring-map-details__meta kring-prewrap">{stakeholder.note}</span>
        )}
        {error !== null && (
          <span className="kring-form__error" role="alert">
            {error}
          </span>
        )}
      </div>
      <Button
        purpose="secondary"
        hint="negative"
        aria-label={t('stakeholders.external.removeLabel', { name })}
        onClick={() => setConfirming(true)}
      >
        {t('stakeholders.external.remove')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('stakeholders.external.confirmTitle', { name })}
        confirmLabel={t('stakeholders.external.confirm')}
        busy={busy}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t('stakeholders.external.confirmBody')}</Paragraph>
      </ConfirmDialog>
    </li>
  );
}
