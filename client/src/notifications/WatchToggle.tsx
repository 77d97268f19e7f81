import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { api } from '../api/api.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { useApiResource } from '../hooks/useApiResource.js';

/** Props of {@link WatchToggle}. */
export interface WatchToggleProps {
  /** A page (by id) or a community (by slug). */
  readonly target: { readonly page: string } | { readonly community: string };
}

/** "Watch this page / community": a toggle; watchers hear of comments and changes. */
export function WatchToggle({ target }: WatchToggleProps) {
  const { t } = useTranslation();
  const isPage = 'page' in target;
  const key = isPage ? target.page : target.community;
  const load = useCallback(
    () => (isPage ? api.notifications.pageWatch(key) : api.notifications.communityWatch(key)),
    [isPage, key],
  );
  const { resource, setData } = useApiResource(load);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (resource.status !== 'ready') return null;
  const { watching } = resource.data;
  const toggle = () => {
    setBusy(true);
    setError(null);
    const change = isPage
      ? api.notifications.setPageWatch(key, !watching)
      : api.notifications.setCommunityWatch(key, !watching);
    change
      .then(setData, (failure: unknown) => setError(apiErrorMessage(t, failure)))
      .finally(() => setBusy(false));
  };
  // A toggle keeps its name; whether it is on shows in its state and the line under it.
  const label = isPage ? t('notifications.watchPage') : t('notifications.watchCommunity');
  const state = isPage ? t('notifications.watchingPage') : t('notifications.watchingCommunity');
  return (
    <div className="kring-watch">
      <Button purpose="secondary" aria-pressed={watching} busy={busy} onClick={toggle}>
        {label}
      </Button>
      <p className="kring-hint">
        {watching ? `${state}. ${t('notifications.watchHint')}` : t('notifications.watchHint')}
      </p>
      {error !== null && (
        <p className="kring-form__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
