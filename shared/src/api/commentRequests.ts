import { z } from 'zod';
import { stripBidiControls } from '../text.js';
import { COMMENT_LIMITS, REACTIONS } from './comments.js';
import { mentionsSchema } from './notificationRequests.js';

const body = z
  .string()
  .transform(stripBidiControls)
  .pipe(z.string().trim().min(1).max(COMMENT_LIMITS.body));

const anchorPart = z
  .string()
  .max(COMMENT_LIMITS.anchor)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'an encoded relative position (base64)');

/** `POST /api/documents/:id/comments`: a new thread, on a range of the text or on the page. */
export const createThreadRequestSchema = z.object({
  anchor: z.object({ start: anchorPart, end: anchorPart }).nullable().default(null),
  quote: z
    .string()
    .transform(stripBidiControls)
    .pipe(z.string().trim().max(COMMENT_LIMITS.quote))
    .default(''),
  body,
  /** Members mentioned in the body (they are notified). */
  mentions: mentionsSchema.default([]),
});

/** `POST /api/documents/:id/comments/:threadId/replies`. */
export const replyRequestSchema = z.object({ body, mentions: mentionsSchema.default([]) });

/** `PATCH /api/documents/:id/comments/:threadId/comments/:commentId` (its author). */
export const editCommentRequestSchema = z.object({ body });

/** `PATCH /api/documents/:id/comments/:threadId`: resolve or reopen. */
export const resolveThreadRequestSchema = z.object({ resolved: z.boolean() });

/** `PUT|DELETE …/comments/:commentId/reactions/:reaction` path value. */
export const reactionSchema = z.enum(REACTIONS);

export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;
export type ReplyRequest = z.input<typeof replyRequestSchema>;
export type EditCommentRequest = z.input<typeof editCommentRequestSchema>;
export type ResolveThreadRequest = z.input<typeof resolveThreadRequestSchema>;
