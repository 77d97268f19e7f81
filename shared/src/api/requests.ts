import { z } from 'zod';
import {
  API_TOKEN_MAX_DAYS,
  INVITATION_MAX_DAYS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '../auth.js';
import { MAX_DISPLAY_NAME_LENGTH, MAX_TITLE_LENGTH } from '../limits.js';
import { ROLES } from '../roles.js';
import { ENTITY_ID_PATTERN, normaliseTag, SLUG_PATTERN, TAG_PATTERN } from '../identifiers.js';
import { documentIdSchema } from '../schemas/documentId.js';
import { stripBidiControls } from '../text.js';

/** Text people read as a name or title: bidirectional controls removed, then `rules` apply. */
function plainText<T extends z.ZodType<unknown, string>>(rules: T) {
  return z.string().transform(stripBidiControls).pipe(rules);
}

/** An email address, trimmed and lower-cased. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** A new password: long enough to resist guessing, bounded for the hash function. */
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
/** A person's display name. */
export const personNameSchema = plainText(z.string().trim().min(1).max(MAX_DISPLAY_NAME_LENGTH));
/** The organisation a person works for. */
export const organisationSchema = plainText(z.string().trim().min(1).max(120));
/** A community's slug: lower-case letters, digits and dashes, used in URLs. */
export const slugSchema = z.string().regex(SLUG_PATTERN, 'lower-case letters, digits and dashes');
/** A member role. */
export const roleSchema = z.enum(ROLES);
/** An opaque server-generated id (users, tokens, invitations). */
export const entityIdSchema = z.string().regex(ENTITY_ID_PATTERN);

/** `POST /api/auth/login`. */
export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
/** `POST /api/auth/signup`: the first account, an invited person, or an allowed email domain. */
export const signupRequestSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  organisation: organisationSchema,
  password: passwordSchema,
  /** Invitation token from an invitation link. */
  invitation: z.string().min(1).max(200).optional(),
});
/** `POST /api/auth/password-reset`. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });
/** `POST /api/auth/password-reset/complete`. */
export const passwordResetCompleteSchema = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
});
/** `PUT /api/me/password`. */
export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});
/** `PATCH /api/me`. */
export const updateProfileRequestSchema = z.object({
  name: personNameSchema.optional(),
  organisation: organisationSchema.optional(),
});
/** `POST /api/me/tokens`. */
export const createTokenRequestSchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** Days until the token stops working; omitted: no expiry. */
  expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS).optional(),
});
/** `POST /api/communities`. */
export const createCommunityRequestSchema = z.object({
  slug: slugSchema,
  name: plainText(z.string().trim().min(1).max(120)),
  description: z.string().trim().max(2000).default(''),
});
/** `PATCH /api/communities/:slug`. */
export const updateCommunityRequestSchema = z.object({
  name: plainText(z.string().trim().min(1).max(120)).optional(),
  description: z.string().trim().max(2000).optional(),
});
/**
 * `POST /api/communities/:slug/members`: invite someone by email (added at once only when they
 * already share a community with the owner). Owners are made by changing a member's role.
 */
export const addMemberRequestSchema = z.object({
  email: emailSchema,
  role: roleSchema.exclude(['owner']),
});
/** `PATCH /api/communities/:slug/members/:userId`. */
export const changeRoleRequestSchema = z.object({ role: roleSchema });
/** `POST /api/communities/:slug/invitations`. */
export const createInvitationRequestSchema = z.object({
  role: roleSchema.exclude(['owner']).default('editor'),
  /** When set, only this address can accept the invitation. */
  email: emailSchema.optional(),
  expiresInDays: z.number().int().min(1).max(INVITATION_MAX_DAYS).optional(),
});
/** A page-tree sort key (fractional index). */
export const positionSchema = z.string().regex(/^[0-9A-Za-z]{1,64}$/);
/** A tag: letters, digits, spaces, `-` and `_`; stored lower-case. */
export const tagSchema = z
  .string()
  .transform(normaliseTag)
  .pipe(z.string().regex(TAG_PATTERN, 'letters, digits, spaces, - and _'));

/** `POST /api/communities/:slug/documents`. */
export const createDocumentRequestSchema = z.object({
  /** Client-generated id, so creating is idempotent (offline-first); generated when omitted. */
  id: documentIdSchema.optional(),
  title: plainText(z.string().trim().max(MAX_TITLE_LENGTH)).default(''),
  /** Parent page; omitted or null: top level. */
  parentId: documentIdSchema.nullable().optional(),
  /** Start from this template's content. */
  templateId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
/** `PATCH /api/documents/:id`: move in the tree and/or set tags. */
export const updateDocumentRequestSchema = z.object({
  parentId: documentIdSchema.nullable().optional(),
  position: positionSchema.optional(),
  tags: z.array(tagSchema).max(20).optional(),
});
/** `GET /api/search` query. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  community: slugSchema.optional(),
  tag: tagSchema.optional(),
  author: entityIdSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
/** `POST /api/documents/:id/versions`. */
export const createVersionRequestSchema = z.object({ name: z.string().trim().min(1).max(120) });
/** `POST /api/documents/:id/template`. */
export const saveTemplateRequestSchema = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500).default(''),
});
/** `PUT /api/documents/:id/access`: `null` opens the document to the whole community again. */
export const documentAccessRequestSchema = z.object({
  restrictedTo: z.array(entityIdSchema).max(500).nullable(),
});

export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type SignupRequest = z.input<typeof signupRequestSchema>;
export type PasswordResetCompleteRequest = z.infer<typeof passwordResetCompleteSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;
export type CreateTokenRequest = z.infer<typeof createTokenRequestSchema>;
export type CreateCommunityRequest = z.input<typeof createCommunityRequestSchema>;
export type UpdateCommunityRequest = z.infer<typeof updateCommunityRequestSchema>;
export type AddMemberRequest = z.infer<typeof addMemberRequestSchema>;
export type ChangeRoleRequest = z.infer<typeof changeRoleRequestSchema>;
export type CreateInvitationRequest = z.input<typeof createInvitationRequestSchema>;
export type CreateDocumentRequest = z.input<typeof createDocumentRequestSchema>;
export type DocumentAccessRequest = z.infer<typeof documentAccessRequestSchema>;
export type UpdateDocumentRequest = z.input<typeof updateDocumentRequestSchema>;
export type SearchQuery = z.input<typeof searchQuerySchema>;
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;
export type SaveTemplateRequest = z.input<typeof saveTemplateRequestSchema>;
