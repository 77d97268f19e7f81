import { Router } from 'express';
import {
  markReadRequestSchema,
  notificationSettingsRequestSchema,
  type NotificationListView,
  type NotificationSettingsView,
  type NotificationView,
} from '@kring/shared';
import { z } from 'zod';
import type { NotificationRecord } from '../storage/meta/records.js';
import { requirePrincipal } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { parse } from './validate.js';
import { userSummary } from './views.js';

/** `?limit=` of `GET /api/me/notifications`. */
const listQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

/**
 * `/api/me/notifications` and `/api/me/notification-settings`: the signed-in person's own
 * notifications (only those they may still open) and how they want them by email.
 */
export function notificationsRouter(context: HttpContext): Router {
  const { services } = context;
  const notifications = services.notifications;
  const router = Router();

  router.get('/notifications', async (request, response) => {
    const principal = requirePrincipal(response);
    const { limit } = parse(listQuerySchema, request.query, 'query');
    const found = await notifications.list(principal.user, principal.actor, limit);
    const users = lookupUsers(context);
    const view = async (record: NotificationRecord, slug: string): Promise<NotificationView> => {
      const actor = await users(record.actorId);
      return {
        id: record.id,
        kind: record.kind,
        actor: actor === null ? null : userSummary(actor),
        communitySlug: slug,
        documentId: record.documentId,
        threadId: record.threadId,
        questionId: record.questionId,
        title: record.title,
        excerpt: record.excerpt,
        createdAt: record.createdAt,
        readAt: record.readAt,
      };
    };
    response.json({
      unread: found.unread,
      notifications: await Promise.all(
        found.notifications.map(({ record, slug }) => view(record, slug)),
      ),
    } satisfies NotificationListView);
  });

  router.post('/notifications/read', async (request, response) => {
    const { user } = requirePrincipal(response);
    const body = parse(markReadRequestSchema, request.body);
    await notifications.markRead(user.id, body);
    response.status(204).end();
  });

  const settings = async (userId: string): Promise<NotificationSettingsView> => ({
    email: await notifications.emailMode(userId),
    mailAvailable: notifications.mail.available,
  });

  router.get('/notification-settings', async (_request, response) => {
    response.json(await settings(requirePrincipal(response).user.id));
  });

  router.put('/notification-settings', async (request, response) => {
    const userId = requirePrincipal(response).user.id;
    const { email } = parse(notificationSettingsRequestSchema, request.body);
    await notifications.setEmailMode(userId, email);
    response.json(await settings(userId));
  });

  return router;
}
