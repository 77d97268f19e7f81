import type { UserSummary } from './views.js';

/** What a notification is about. */
export const NOTIFICATION_KINDS = [
  /** Someone mentioned you in a comment or on a page. */
  'mention',
  /** Someone replied in a comment thread you took part in. */
  'reply',
  /** Someone started a comment thread on a page you watch. */
  'comment',
  /** Someone answered your community question. */
  'answer',
  /** A page you watch was changed by someone else (at most one per page until you read it). */
  'page_changed',
  /** A page was added to a community you watch. */
  'page_created',
] as const;

/** One kind of notification. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How someone wants notifications by email (in the app they always appear). */
export const EMAIL_MODES = ['off', 'immediate', 'digest'] as const;

/** One email mode. */
export type EmailMode = (typeof EMAIL_MODES)[number];

/** Most immediate mails one person gets per day; after that the rest waits for the digest. */
export const IMMEDIATE_MAILS_PER_DAY = 3;

/** One notification (`GET /api/me/notifications`). */
export interface NotificationView {
  readonly id: string;
  readonly kind: NotificationKind;
  /** Who did it; null once their account is gone. */
  readonly actor: UserSummary | null;
  readonly communitySlug: string;
  /** The page, thread or question it is about (for the link to the exact place). */
  readonly documentId: string | null;
  readonly threadId: string | null;
  readonly questionId: string | null;
  /** Title of the page or question. */
  readonly title: string;
  /** A short excerpt (the comment or answer), never more than 200 characters. */
  readonly excerpt: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** `GET /api/me/notifications`: newest first. */
export interface NotificationListView {
  readonly unread: number;
  readonly notifications: readonly NotificationView[];
}

/** `GET|PUT /api/me/notification-settings`. */
export interface NotificationSettingsView {
  readonly email: EmailMode;
  /** Whether this instance can send mail at all (SMTP configured). */
  readonly mailAvailable: boolean;
}

/** `GET /api/documents/:id/watch` and `/api/communities/:slug/watch`. */
export interface WatchView {
  readonly watching: boolean;
}
