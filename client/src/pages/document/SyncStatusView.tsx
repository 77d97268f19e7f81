import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@kring/shared';
import type { AccessState } from '../../sync/accessMessage.js';

/** Props of {@link SyncStatusView}. */
export interface SyncStatusViewProps {
  readonly status: SyncStatus;
  /** What the server lets this connection do; exposed as `data-access`. */
  readonly access?: AccessState;
}

/**
 * Connection and save state in a polite live region. `data-connection`, `data-saved` and
 * `data-access` carry the same information (and the server-granted access) for tests and styling.
 */
export function SyncStatusView({ status, access = 'unknown' }: SyncStatusViewProps) {
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
        data-access={access}
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
