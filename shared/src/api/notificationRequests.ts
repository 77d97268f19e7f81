import { z } from 'zod';
import { entityIdSchema } from './requests.js';
import { EMAIL_MODES } from './notifications.js';

/** People mentioned in a comment, a reply, an answer or on a page (at most 20 at once). */
export const mentionsSchema = z
  .array(entityIdSchema)
  .max(20)
  .transform((ids) => [...new Set(ids)]);

/** `POST /api/me/notifications/read`: the given ones, or all. */
export const markReadRequestSchema = z.union([
  z.object({ ids: z.array(entityIdSchema).min(1).max(200) }),
  z.object({ all: z.literal(true) }),
]);

/** `PUT /api/me/notification-settings`. */
export const notificationSettingsRequestSchema = z.object({ email: z.enum(EMAIL_MODES) });

/** `POST /api/documents/:id/mentions`: people the caller just mentioned on the page. */
export const pageMentionsRequestSchema = z.object({
  userIds: mentionsSchema.pipe(z.array(z.string()).min(1)),
});

export type MarkReadRequest = z.input<typeof markReadRequestSchema>;
export type NotificationSettingsRequest = z.input<typeof notificationSettingsRequestSchema>;
export type PageMentionsRequest = z.input<typeof pageMentionsRequestSchema>;
