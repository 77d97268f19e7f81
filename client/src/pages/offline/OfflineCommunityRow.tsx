import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { CommunityView } from '@kring/shared';
import { isAvailableOffline, setAvailableOffline } from '../../offline/offlinePreferences.js';
import { offlineSync } from '../../offline/offlineRuntime.js';
import { removeCommunityCopy } from '../../offline/removeCommunityCopy.js';
import { requestPersistentStorage } from '../../offline/storageUsage.js';
import type { CommunityCopy } from '../../offline/storedCommunities.js';

/** Props of {@link OfflineCommunityRow}. */
export interface OfflineCommunityRowProps {
  readonly community: CommunityView;
  readonly userId: string;
  readonly copy: CommunityCopy | undefined;
  /** Called after the copy changed (removed, switched on), so the page reads it again. */
  readonly onChanged: () => void;
}

/**
 * One community on the offline settings page: the "available offline" switch, what this device
 * holds of it, and removing that data (refused while edits wait for the server).
 */
export function OfflineCommunityRow({
  community,
  userId,
  copy,
  onChanged,
}: OfflineCommunityRowProps) {
  const { t, i18n } = useTranslation();
  const [available, setAvailable] = useState(() => isAvailableOffline(userId, community.slug));
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const switchTo = (next: boolean) => {
    setAvailableOffline(userId, community.slug, next);
    setAvailable(next);
  };

  /** Removes the copy; switched off first, so no new sync brings it back meanwhile. */
  const remove = async (switchOff: boolean) => {
    if (switchOff) switchTo(false);
    const refusal = await removeCommunityCopy(community.slug, userId);
    if (refusal !== null) {
      if (switchOff) switchTo(true);
      setMessage({ text: t('offlinePage.removeBlocked', { name: community.name }), isError: true });
      return;
    }
    setMessage({ text: t('offlinePage.removed', { name: community.name }), isError: false });
    onChanged();
  };

  const toggle = (next: boolean) => {
    setMessage(null);
    if (next) {
      switchTo(true);
      void requestPersistentStorage();
      offlineSync.request();
      onChanged();
    } else {
      void remove(true);
    }
  };

  const time =
    copy?.syncedAt == null
      ? null
      : new Date(copy.syncedAt).toLocaleString(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        });
  return (
    <li className="kring-offline-community">
      <label className="kring-choice">
        <input
          type="checkbox"
          checked={available}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span>
          <span className="kring-offline-community__name">{community.name}</span>
          {' · '}
          {t('offlinePage.available')}
        </span>
      </label>
      <p className="kring-offline-community__meta">
        {copy === undefined || time === null
          ? t('offlinePage.notYet')
          : `${t('offlinePage.pages', { count: copy.pages })} · ${t('offlinePage.syncedAt', { time })}`}
        {copy !== undefined &&
          copy.waiting > 0 &&
          ` · ${t('offlinePage.waitingHere', { count: copy.waiting })}`}
      </p>
      {copy !== undefined && (
        <Button purpose="secondary" onClick={() => void remove(false)}>
          {t('offlinePage.remove')}
        </Button>
      )}
      <p
        className={message?.isError ? 'kring-form__error' : 'kring-form__hint'}
        role={message?.isError ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </li>
  );
}
