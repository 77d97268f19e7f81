import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { NotificationListView, NotificationView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { refreshUnreadNotifications } from '../../notifications/unreadNotifications.js';
import { navigate } from '../../routing/history.js';
import { notificationTarget } from './notificationTarget.js';

/**
 * `/notifications`: mentions, replies, answers and changes to watched pages, newest first; unread
 * ones stand out. Opening one marks it read and goes to the exact place.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.notifications.list(), []);
  const { resource, reload } = useApiResource(load);
  useDocumentTitle(t('notifications.pageTitle'));
  const markAll = async () => {
    await api.notifications.markRead({ all: true });
    refreshUnreadNotifications();
    reload();
  };
  const open = async (notification: NotificationView) => {
    if (notification.readAt === null) {
      await api.notifications.markRead({ ids: [notification.id] }).catch(() => undefined);
      refreshUnreadNotifications();
    }
    navigate(notificationTarget(notification));
  };
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('notifications.heading')}</Heading>
      <ResourceView resource={resource} reload={reload}>
        {(list: NotificationListView) => (
          <section className="kring-section" aria-labelledby={headingId}>
            <Heading level={2} id={headingId}>
              {t('notifications.unread', { count: list.unread })}
            </Heading>
            {list.unread > 0 && (
              <div className="kring-actions">
                <Button purpose="secondary" onClick={() => void markAll()}>
                  {t('notifications.markAll')}
                </Button>
              </div>
            )}
            {list.notifications.length === 0 ? (
              <Paragraph className="kring-hint">{t('notifications.empty')}</Paragraph>
            ) : (
              <ol className="kring-notifications" aria-labelledby={headingId}>
                {list.notifications.map((notification) => (
                  <li
                    key={notification.id}
                    className={
                      notification.readAt === null
                        ? 'kring-notification kring-notification--unread'
                        : 'kring-notification'
                    }
                  >
                    <a
                      className="nl-link kring-notification__link"
                      href={notificationTarget(notification)}
                      onClick={(event) => {
                        if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
                        event.preventDefault();
                        void open(notification);
                      }}
                    >
                      {notification.readAt === null && (
                        <span className="kring-visually-hidden">{t('notifications.new')} </span>
                      )}
                      {t(`notifications.kinds.${notification.kind}`, {
                        actor: notification.actor?.name ?? t('comments.unknownAuthor'),
                        title: notification.title,
                      })}
                    </a>
                    {notification.excerpt !== '' && (
                      <p className="kring-notification__excerpt">{notification.excerpt}</p>
                    )}
                    <p className="kring-hint">
                      <DateTime value={notification.createdAt} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
      </ResourceView>
    </div>
  );
}
