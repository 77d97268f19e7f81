import { documentPath, type NotificationView } from '@kring/shared';
import { communityPath, questionPath } from '../../routing/paths.js';

/** Where a notification leads: the exact question, comment thread or page. */
export function notificationTarget(notification: NotificationView): string {
  if (notification.questionId !== null) {
    return questionPath(notification.communitySlug, notification.questionId);
  }
  if (notification.documentId !== null) {
    const page = documentPath(notification.documentId);
    return notification.threadId === null
      ? page
      : `${page}?${new URLSearchParams({ thread: notification.threadId }).toString()}`;
  }
  return communityPath(notification.communitySlug);
}
