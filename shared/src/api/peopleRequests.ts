import { z } from 'zod';
import { stripBidiControls } from '../text.js';
import { emailSchema, entityIdSchema, slugSchema } from './requests.js';
import { ORGANISATION_TYPES, PROFILE_FIELDS, PROFILE_LIMITS } from './people.js';

/** Text people read: bidirectional controls removed, trimmed, at most `max` characters. */
function plain(max: number, min = 0) {
  return z.string().transform(stripBidiControls).pipe(z.string().trim().min(min).max(max));
}

/** A list of short texts (topics, languages): trimmed, blanks dropped, duplicates removed. */
function shortList(maxItems: number, maxLength: number) {
  return z
    .array(plain(maxLength))
    .max(maxItems)
    .transform((items) => [...new Set(items.filter((item) => item !== ''))]);
}

/** An organisation type. */
export const organisationTypeSchema = z.enum(ORGANISATION_TYPES);

/** `POST /api/organisations` (instance admins). */
export const createOrganisationRequestSchema = z.object({
  name: plain(PROFILE_LIMITS.organisationName, 1),
  type: organisationTypeSchema,
});

/** `PATCH /api/organisations/:id` (instance admins). */
export const updateOrganisationRequestSchema = createOrganisationRequestSchema.partial();

/** `PUT /api/me/profile`: every field optional; absent fields keep their value. */
export const updateMyProfileRequestSchema = z.object({
  organisationId: entityIdSchema.nullable().optional(),
  function: plain(PROFILE_LIMITS.function).optional(),
  expertise: shortList(PROFILE_LIMITS.expertiseTopics, PROFILE_LIMITS.topic).optional(),
  bio: plain(PROFILE_LIMITS.bio).optional(),
  contact: plain(PROFILE_LIMITS.contact).optional(),
  languages: shortList(PROFILE_LIMITS.languages, PROFILE_LIMITS.language).optional(),
  hidden: z
    .array(z.enum(PROFILE_FIELDS))
    .max(PROFILE_FIELDS.length)
    .transform((fields) => [...new Set(fields)])
    .optional(),
});

/** `GET /api/people` query: a question or topic, optionally within one community. */
export const peopleQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  community: slugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** `POST /api/communities/:slug/stakeholders` (owners): someone not yet a member. */
export const createStakeholderRequestSchema = z.object({
  organisationName: plain(PROFILE_LIMITS.organisationName, 1),
  organisationType: organisationTypeSchema,
  contactName: plain(120).default(''),
  contactEmail: z.union([z.literal(''), emailSchema]).default(''),
  topics: shortList(PROFILE_LIMITS.expertiseTopics, PROFILE_LIMITS.topic).default([]),
  note: plain(500).default(''),
});

export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequestSchema>;
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;
export type UpdateMyProfileRequest = z.input<typeof updateMyProfileRequestSchema>;
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;
export type CreateStakeholderRequest = z.input<typeof createStakeholderRequestSchema>;
