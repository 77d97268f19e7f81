import type {
  EmailMode,
  MarkReadRequest,
  NotificationListView,
  NotificationSettingsView,
  WatchView,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** Notifications, their settings, watching pages and communities, and mentions on pages. */
export interface NotificationsApi {
  list(): Promise<NotificationListView>;
  markRead(request: MarkReadRequest): Promise<void>;
  settings(): Promise<NotificationSettingsView>;
  setEmail(email: EmailMode): Promise<NotificationSettingsView>;
  pageWatch(documentId: string): Promise<WatchView>;
  setPageWatch(documentId: string, watching: boolean): Promise<WatchView>;
  communityWatch(slug: string): Promise<WatchView>;
  setCommunityWatch(slug: string, watching: boolean): Promise<WatchView>;
  /** Tells the people just mentioned on a page. */
  mentionOnPage(documentId: string, userIds: readonly string[]): Promise<void>;
}

/** The {@link NotificationsApi} on a client. */
export function notificationsApi(client: ApiClient): NotificationsApi {
  const page = (id: string) => `/documents/${encodeURIComponent(id)}`;
  const watch = async (path: string, watching: boolean): Promise<WatchView> =>
    (await client.request<WatchView | undefined>(watching ? 'PUT' : 'DELETE', path)) ?? {
      watching,
    };
  return {
    list: () => client.get<NotificationListView>('/me/notifications'),
    markRead: (request) => client.post<void>('/me/notifications/read', request),
    settings: () => client.get<NotificationSettingsView>('/me/notification-settings'),
    setEmail: (email) =>
      client.put<NotificationSettingsView>('/me/notification-settings', { email }),
    pageWatch: (id) => client.get<WatchView>(`${page(id)}/watch`),
    setPageWatch: (id, watching) => watch(`${page(id)}/watch`, watching),
    communityWatch: (slug) => client.get<WatchView>(`${communityApiPath(slug)}/watch`),
    setCommunityWatch: (slug, watching) => watch(`${communityApiPath(slug)}/watch`, watching),
    mentionOnPage: (id, userIds) => client.post<void>(`${page(id)}/mentions`, { userIds }),
  };
}
