import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@kring/shared';

/** Props of {@link SyncStatusView}. */
export interface SyncStatusViewProps {
  readonly status: SyncStatus;
}

/**
 * Connection and save state in a polite live region. `data-connection` and `data-saved` carry the
 * same information for tests and styling.
 */
export function SyncStatusView({ status }: SyncStatusViewProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { connection, hasUnsavedChanges, refusedWithCode } = status;
  const connectionText = t(`status.${connection}`);
  let savedText: string = t('status.saved');
  if (hasUnsavedChanges) {
    savedText = connection === 'connected' ? t('status.saving') : t('status.notOnServer');
  }
  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('status.heading')}
      </h2>
      <p
        role="status"
        aria-live="polite"
        className="kring-status"
        data-connection={connection}
        data-saved={String(!hasUnsavedChanges)}
        data-loaded={String(status.loaded)}
      >
        <span className="kring-status__line">
          <span
            className={`kring-status__dot kring-status__dot--${connection}`}
            aria-hidden="true"
          />
          {connectionText}
        </span>
        <span className="kring-status__line">{savedText}</span>
        {refusedWithCode !== null && (
          <span className="kring-status__line kring-status__line--error">
            {t('status.refused', { code: refusedWithCode })}
          </span>
        )}
      </p>
    </section>
  );
}
