import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { LOGIN_PATH, documentPath } from '@kring/shared';
import { Alert } from '../components/Alert.js';
import { dismissSyncNotice, syncNotices, type SyncNotice } from '../offline/syncNotices.js';
import { offlineSync } from '../offline/offlineRuntime.js';
import { useOfflineStatus } from '../offline/useOfflineStatus.js';
import { useSession } from '../hooks/useSession.js';
import { knownUser } from '../session/sessionStore.js';
import { AppLink } from '../routing/AppLink.js';
import { currentAppPath } from '../routing/history.js';

/** At most this many changed pages are named in "changed while you were away". */
const NAMED_PAGES = 5;

/** Downloads the text of `ids` kept here (the export code loads on first use). */
function download(ids: readonly string[], name: string): void {
  void import('../offline/exportLocalEdits.js').then(async ({ localEditsFile, offerDownload }) =>
    offerDownload(await localEditsFile(ids), `${name}.txt`),
  );
}

/** Downloads what a community closed to this person holds of their edits. */
function downloadCommunity(slug: string, name: string): void {
  void import('../offline/exportLocalEdits.js').then(async ({ pagesWithLocalEdits }) =>
    download(await pagesWithLocalEdits(slug), name),
  );
}

/** Removes a community's copy from this device, edits included (after downloading them). */
function removeCopy(slug: string, userId: string): void {
  void import('../offline/removeCommunityCopy.js').then(async ({ removeCommunityCopy }) => {
    await removeCommunityCopy(slug, userId, true);
    offlineSync.request();
  });
}

function NoticeText({ notice }: { readonly notice: SyncNotice }) {
  const { t } = useTranslation();
  const title = (text: string) => text || t('syncNotices.untitled');
  switch (notice.kind) {
    case 'parent-gone':
      return (
        <p>
          {t('syncNotices.parentGone', {
            title: title(notice.title),
            parent: title(notice.parent),
          })}
        </p>
      );
    case 'deleted-elsewhere':
      return <p>{t('syncNotices.deletedElsewhere', { title: title(notice.title) })}</p>;
    case 'refused':
      return <p>{t('syncNotices.refused', { title: title(notice.title) })}</p>;
    case 'kept-locally':
      return (
        <>
          <p>{t('syncNotices.keptLocally', { title: title(notice.title) })}</p>
          <Button
            purpose="secondary"
            onClick={() => download([notice.documentId], title(notice.title))}
          >
            {t('syncNotices.download')}
          </Button>
        </>
      );
    case 'changed-while-away': {
      const named = notice.pages.slice(0, NAMED_PAGES);
      const more = notice.pages.length - named.length;
      return (
        <>
          <p>
            {t('syncNotices.changedWhileAway', {
              count: notice.pages.length,
              community: notice.community,
            })}
          </p>
          <ul className="kring-sync-notice__pages">
            {named.map((page) => (
              <li key={page.id}>
                <AppLink to={documentPath(page.id)}>{title(page.title)}</AppLink>
              </li>
            ))}
            {more > 0 && <li>{t('syncNotices.more', { count: more })}</li>}
          </ul>
        </>
      );
    }
  }
}

/**
 * Messages about offline work above every signed-in screen: the session ended (sign in to send
 * what waits), access to a community was taken away (its edits kept, downloadable), conflicts the
 * sync resolved, and what others changed while the person was away. Each can be dismissed.
 */
export function SyncNoticeList() {
  const { t } = useTranslation();
  const notices = useSyncExternalStore(syncNotices.subscribe, syncNotices.getSnapshot);
  const status = useOfflineStatus();
  const user = knownUser(useSession());
  if (notices.length === 0 && !status.sessionExpired && status.revoked.length === 0) return null;
  return (
    <section className="kring-sync-notices" aria-label={t('syncNotices.label')}>
      {status.sessionExpired && (
        <Alert type="warning" role="alert">
          <p>{t('syncNotices.expired')}</p>
          <AppLink to={`${LOGIN_PATH}?returnTo=${encodeURIComponent(currentAppPath())}`}>
            {t('syncNotices.signIn')}
          </AppLink>
        </Alert>
      )}
      {status.revoked.map((community) => (
        <Alert key={community.slug} type="warning">
          <p>{t('syncNotices.revoked', { name: community.name })}</p>
          <div className="kring-actions">
            <Button
              purpose="secondary"
              onClick={() => downloadCommunity(community.slug, community.name)}
            >
              {t('syncNotices.download')}
            </Button>
            {user !== null && (
              <Button purpose="subtle" onClick={() => removeCopy(community.slug, user.id)}>
                {t('syncNotices.removeCopy')}
              </Button>
            )}
          </div>
        </Alert>
      ))}
      {notices.map((notice) => (
        <Alert key={notice.id} type={notice.kind === 'changed-while-away' ? 'info' : 'warning'}>
          <div className="kring-sync-notice">
            <div className="kring-sync-notice__text">
              <NoticeText notice={notice} />
            </div>
            <Button purpose="subtle" onClick={() => dismissSyncNotice(notice.id)}>
              {t('syncNotices.dismiss')}
            </Button>
          </div>
        </Alert>
      ))}
    </section>
  );
}
