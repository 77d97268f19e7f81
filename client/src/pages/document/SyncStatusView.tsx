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
 * Connection and save state, quiet and on one line, in a polite live region (the page's only
 * status). `data-connection`, `data-saved` and `data-access` carry the same information (and the
 * server-granted access) for tests and styling. On phones only the dot shows; the words stay
 * for screen readers.
 */
export function SyncStatusView({ status, access = 'unknown' }: SyncStatusViewProps) {
  const { t } = useTranslation();
  const { connection, hasUnsavedChanges, refusedWithCode } = status;
  const connectionText = t(`status.${connection}`);
  let savedText: string = t('status.saved');
  if (hasUnsavedChanges) {
    savedText = connection === 'connected' ? t('status.saving') : t('status.notOnServer');
  }
  return (
    <p
      role="status"
      aria-live="polite"
      className="kring-status"
      title={`${connectionText} · ${savedText}`}
      data-connection={connection}
      data-saved={String(!hasUnsavedChanges)}
      data-loaded={String(status.loaded)}
      data-access={access}
    >
      <span className={`kring-status__dot kring-status__dot--${connection}`} aria-hidden="true" />
      <span className="kring-status__text">
        <span className="kring-visually-hidden">{t('status.heading')}: </span>
        {connectionText}
        <span aria-hidden="true"> · </span>
        <span className="kring-visually-hidden">, </span>
        {savedText}
      </span>
      {refusedWithCode !== null && (
        <span className="kring-status__error">
          {t('status.refused', { code: refusedWithCode })}
        </span>
      )}
    </p>
  );
}
