import type { NotificationRecord } from '../storage/meta/records.js';

/** The exact place a notification is about, as an absolute link from `origin`. */
export function notificationLink(origin: string, record: NotificationRecord, slug: string): string {
  if (record.documentId !== null) {
    const page = `${origin}/d/${encodeURIComponent(record.documentId)}`;
    return record.threadId === null
      ? page
      : `${page}?${new URLSearchParams({ thread: record.threadId }).toString()}`;
  }
  const community = `${origin}/c/${encodeURIComponent(slug)}`;
  return record.questionId === null
    ? community
    : `${community}/questions/${encodeURIComponent(record.questionId)}`;
}
