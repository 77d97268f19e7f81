import type { UserSummary } from './views.js';

/** Kinds of organisation, as instance admins classify them (ministry, agency, …). */
export const ORGANISATION_TYPES = [
  'ministry',
  'agency',
  'municipality',
  'knowledge_institute',
  'university',
  'company',
  'other',
] as const;

/** One kind of organisation. */
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Profile fields a person can hide from others (their name is always shown). */
export const PROFILE_FIELDS = [
  'organisation',
  'function',
  'expertise',
  'bio',
  'contact',
  'languages',
] as const;

/** One hideable profile field. */
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Longest organisation name, function, bio, contact text; most expertise topics and languages. */
export const PROFILE_LIMITS = {
  organisationName: 120,
  function: 120,
  expertiseTopics: 20,
  topic: 60,
  bio: 1000,
  contact: 300,
  languages: 10,
  language: 40,
} as const;

/** An organisation record (`GET /api/organisations`). */
export interface OrganisationView {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
}

/** `GET /api/organisations`. */
export interface OrganisationListView {
  readonly organisations: readonly OrganisationView[];
}

/**
 * A profile as someone who shares a community sees it: fields its owner hid are empty (`''`,
 * `[]`, `null`). `organisation` is the linked organisation's name, else the account's own text.
 */
export interface ProfileView {
  readonly userId: string;
  readonly name: string;
  readonly organisation: string;
  readonly organisationId: string | null;
  readonly organisationType: OrganisationType | null;
  readonly function: string;
  readonly expertise: readonly string[];
  readonly bio: string;
  readonly contact: string;
  readonly languages: readonly string[];
}

/** The signed-in person's own profile (`GET|PUT /api/me/profile`), with what they hide. */
export interface MyProfileView extends ProfileView {
  readonly hidden: readonly ProfileField[];
}

/** How much one person contributed to one page. */
export interface ContributionView {
  readonly documentId: string;
  readonly title: string;
  readonly communitySlug: string;
  /** Characters (and other content units) this person added. */
  readonly characters: number;
  /** Their share of everything added to the page, 0 to 1. */
  readonly share: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

/** A person's page (`GET /api/people/:userId`): profile and pages the viewer may read. */
export interface PersonView {
  readonly profile: ProfileView;
  /** Communities the viewer and this person share. */
  readonly communities: readonly { readonly slug: string; readonly name: string }[];
  /** Pages they contributed to, most contributed first (only pages the viewer can read). */
  readonly wroteAbout: readonly ContributionView[];
}

/** One contributor of a page (`GET /api/documents/:id/contributors`). */
export interface ContributorView {
  readonly user: UserSummary;
  readonly characters: number;
  /** Share of everything added to the page, 0 to 1. */
  readonly share: number;
  /** Number of changes recorded. */
  readonly changes: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

/** `GET /api/documents/:id/contributors`: most contributed first. */
export interface DocumentContributorsView {
  readonly contributors: readonly ContributorView[];
}

/** One piece of evidence behind a people-search hit, for the UI to phrase in its language. */
export type PeopleEvidenceView =
  | {
      readonly kind: 'document';
      readonly documentId: string;
      readonly title: string;
      readonly communitySlug: string;
      /** The person's share of the page's text, 0 to 1. */
      readonly share: number;
    }
  | { readonly kind: 'expertise'; readonly topic: string }
  /** They explained a glossary term that covers the question. */
  | {
      readonly kind: 'glossary';
      readonly entryId: string;
      readonly term: string;
      readonly communitySlug: string;
    };

/** One person found by `GET /api/people?q=`. */
export interface PeopleHitView {
  readonly userId: string;
  readonly name: string;
  readonly organisation: string;
  /** Why, in words a person reads (language of `Accept-Language`: Dutch or English). */
  readonly reasons: readonly string[];
  readonly evidence: readonly PeopleEvidenceView[];
  readonly score: number;
}

/** `GET /api/people?q=`: best first. */
export interface PeopleResultsView {
  readonly total: number;
  readonly hits: readonly PeopleHitView[];
}

/** A stakeholder an owner added who is not (yet) a member: an organisation or a contact. */
export interface ExternalStakeholderView {
  readonly id: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly topics: readonly string[];
  readonly note: string;
  readonly addedAt: string;
}

/** A member as the stakeholder map shows them. */
export interface StakeholderPersonView {
  readonly userId: string;
  readonly name: string;
  /** Declared expertise and tags of pages they wrote much of. */
  readonly topics: readonly string[];
  /** Last contribution or visit in this community; null when never. */
  readonly lastActiveAt: string | null;
}

/** One organisation on the map, with who represents it and what they cover. */
export interface StakeholderOrganisationView {
  /** The organisation record; null for an organisation only named in accounts or stakeholders. */
  readonly id: string | null;
  readonly name: string;
  readonly type: OrganisationType;
  readonly members: readonly StakeholderPersonView[];
  readonly contacts: readonly ExternalStakeholderView[];
  readonly topics: readonly string[];
}

/** `GET /api/communities/:slug/stakeholders`. */
export interface StakeholderMapView {
  readonly organisations: readonly StakeholderOrganisationView[];
  /** Every topic on the map and who covers it (member user ids). */
  readonly topics: readonly { readonly topic: string; readonly userIds: readonly string[] }[];
  readonly gaps: {
    /** Topics only one member covers. */
    readonly singlePersonTopics: readonly { readonly topic: string; readonly userId: string }[];
    /** Organisation types nobody on the map belongs to. */
    readonly missingTypes: readonly OrganisationType[];
    /** Members without a contribution or visit for {@link INACTIVE_AFTER_DAYS} days. */
    readonly inactiveMembers: readonly {
      readonly userId: string;
      readonly name: string;
      readonly lastActiveAt: string | null;
    }[];
  };
}

/** Days without a contribution or visit after which the map lists a member as inactive. */
export const INACTIVE_AFTER_DAYS = 90;

/** How much of a page someone wrote, in the three degrees reasons name. */
export type ShareDegree = 'most' | 'part' | 'some';

/** Share of a page from which someone "wrote most of" it. */
export const MOST_SHARE = 0.5;
/** Share below which someone only "contributed to" a page. */
export const SOME_SHARE = 0.15;

/** "wrote most of" (≥ {@link MOST_SHARE}), "wrote N % of", or "contributed to" (< {@link SOME_SHARE}). */
export function shareDegree(share: number): ShareDegree {
  if (share >= MOST_SHARE) return 'most';
  return share >= SOME_SHARE ? 'part' : 'some';
}
