import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { IconCloudCheck, IconCloudOff, IconCloudUpload, IconLogin } from '@tabler/icons-react';
import type { OfflineStatus } from '../offline/offlineStatus.js';
import { useOfflineStatus } from '../offline/useOfflineStatus.js';
import { SidebarLink } from './SidebarLink.js';

/** The one state the line is in, most urgent first. */
export type OfflineState = 'expired' | 'offline' | 'syncing' | 'sending' | 'saved';

/** Which state a status shows. */
export function offlineState(status: OfflineStatus): OfflineState {
  if (status.sessionExpired) return 'expired';
  if (!status.reachable) return 'offline';
  if (status.syncing !== null && status.syncing.total > 0) return 'syncing';
  if (status.waitingDocuments + status.waitingOperations > 0) return 'sending';
  return 'saved';
}

/** "2 pages and 1 page change", or null when nothing waits to be sent. */
export function waitingWhat(t: TFunction, status: OfflineStatus): string | null {
  const parts: string[] = [];
  if (status.waitingDocuments > 0) {
    parts.push(t('offlineSync.waitingDocuments', { count: status.waitingDocuments }));
  }
  if (status.waitingOperations > 0) {
    parts.push(t('offlineSync.waitingOperations', { count: status.waitingOperations }));
  }
  return parts.length === 0 ? null : parts.join(t('offlineSync.and'));
}

const ICONS = {
  expired: IconLogin,
  offline: IconCloudOff,
  syncing: IconCloudUpload,
  sending: IconCloudUpload,
  saved: IconCloudCheck,
} as const;

/**
 * The sidebar's line about the connection and the offline copies: online or offline, a
 * community being made available offline (with progress), what waits to be sent, or that the
 * session ended. It links to the offline settings. The state (not each number) is announced (a
 * live region without the status role, which belongs to the open document's save state).
 */
export function OfflineStatusLine({
  current,
  compact = false,
}: {
  readonly current: boolean;
  /** In the slim top bar: the state only (the sidebar has the details). */
  readonly compact?: boolean;
}) {
  const { t } = useTranslation();
  const status = useOfflineStatus();
  const state = offlineState(status);
  const Icon = ICONS[state];
  const what = waitingWhat(t, status);
  const waiting = what === null ? null : t('offlineSync.waiting', { what });
  const syncing = status.syncing;
  return (
    <div
      className={`kring-offline-line kring-offline-line--${state}${compact ? ' kring-offline-line--compact' : ''}`}
      data-state={state}
    >
      <SidebarLink to="/offline" current={current}>
        <Icon aria-hidden="true" size={18} />
        <span className="kring-sidebar__link-text">
          <span className="kring-offline-line__state" aria-live="polite">
            {t(compact ? `offlineSync.short.${state}` : `offlineSync.state.${state}`)}
          </span>
          {!compact && state === 'syncing' && syncing !== null && (
            <span className="kring-offline-line__detail">
              {t('offlineSync.syncingDetail', {
                name: syncing.name,
                done: syncing.done,
                total: syncing.total,
              })}
            </span>
          )}
          {!compact && waiting !== null && state !== 'syncing' && (
            <span className="kring-offline-line__detail">{waiting}</span>
          )}
        </span>
      </SidebarLink>
      {!compact && state === 'syncing' && syncing !== null && (
        <progress
          className="kring-offline-line__progress"
          max={syncing.total}
          value={syncing.done}
          aria-label={t('offlineSync.progressLabel', { name: syncing.name })}
        />
      )}
    </div>
  );
}
