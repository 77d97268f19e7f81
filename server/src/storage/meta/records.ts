import type {
  AuditAction,
  EmailMode,
  GlossaryLanguage,
  NotificationKind,
  OrganisationType,
  ProfileField,
  QuestionState,
  Reaction,
  Role,
} from '@kring/shared';

/** An account. `passwordHash` never leaves the server. Timestamps are ISO 8601 strings. */
export interface UserRecord {
  readonly id: string;
  /** Lower-cased; unique. */
  readonly email: string;
  readonly name: string;
  readonly organisation: string;
  readonly isAdmin: boolean;
  /** Signed up through an invitation: sees only the communities it was added to. */
  readonly isGuest: boolean;
  readonly createdAt: string;
  /** `null` for accounts that only sign in through OpenID Connect. */
  readonly passwordHash: string | null;
  /** OpenID Connect identities linked to this account. */
  readonly identities: readonly { readonly issuer: string; readonly subject: string }[];
}

/** A browser session; the key is the SHA-256 of the cookie value. */
export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** A personal API token; only the SHA-256 of the secret is stored. */
export interface ApiTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
}

/** A community. */
export interface CommunityRecord {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** A person's membership of a community. */
export interface MembershipRecord {
  readonly communityId: string;
  readonly userId: string;
  readonly role: Role;
  readonly addedAt: string;
  readonly addedBy: string | null;
}

/** An invitation link; only the SHA-256 of its token is stored. */
export interface InvitationRecord {
  readonly id: string;
  readonly tokenHash: string;
  readonly communityId: string;
  readonly role: Role;
  readonly email: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly createdBy: string;
  readonly acceptedAt: string | null;
  readonly acceptedBy: string | null;
  readonly revokedAt: string | null;
}

/** A document's metadata; its content is the Y.Doc in the update log. */
export interface DocumentRecord {
  readonly id: string;
  readonly communityId: string;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly restrictedTo: readonly string[] | null;
  readonly deletedAt: string | null;
  /** Parent page, null at the top of the community's tree. (Absent in records before M4.) */
  readonly parentId?: string | null;
  /** Sort key among siblings (fractional index). */
  readonly position?: string;
  readonly tags?: readonly string[];
  /** Who changed the content last. */
  readonly updatedBy?: string | null;
}

/** One audit log entry as stored (append-only). */
export interface AuditRecord {
  readonly id: string;
  readonly at: string;
  readonly action: AuditAction;
  readonly actorId: string | null;
  readonly communityId: string | null;
  readonly documentId: string | null;
  readonly subjectUserId: string | null;
  readonly details: Readonly<Record<string, string>>;
  readonly ip: string | null;
}

/** A pending password reset; the key is the SHA-256 of the link's token. */
export interface PasswordResetRecord {
  readonly userId: string;
  readonly expiresAt: string;
}

/** How much one account added to one document, kept beside the update log (survives compaction). */
export interface ContributionRecord {
  readonly documentId: string;
  readonly userId: string;
  /** Content units added (characters of text, one per embedded node or image). */
  readonly characters: number;
  /** Changes recorded (updates applied for this account). */
  readonly changes: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

/** An organisation, managed by instance admins. */
export interface OrganisationRecord {
  readonly id: string;
  readonly name: string;
  readonly type: OrganisationType;
  readonly createdAt: string;
}

/** What a person tells others about themselves; name and free-text organisation stay on the user. */
export interface ProfileRecord {
  readonly userId: string;
  /** Linked organisation record, shown instead of the account's organisation text. */
  readonly organisationId: string | null;
  readonly function: string;
  readonly expertise: readonly string[];
  readonly bio: string;
  readonly contact: string;
  readonly languages: readonly string[];
  /** Fields shown to nobody but the person. */
  readonly hidden: readonly ProfileField[];
  readonly updatedAt: string;
}

/** A stakeholder of a community who is not (yet) a member, added by an owner. */
export interface StakeholderRecord {
  readonly id: string;
  readonly communityId: string;
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly topics: readonly string[];
  readonly note: string;
  readonly addedAt: string;
  readonly addedBy: string;
}

/** A glossary entry of a community. */
export interface GlossaryRecord {
  readonly id: string;
  readonly communityId: string;
  readonly term: string;
  readonly definition: string;
  readonly synonyms: readonly string[];
  readonly abbreviations: readonly string[];
  readonly language: GlossaryLanguage;
  readonly links: readonly string[];
  readonly authorId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One comment of a thread; a deleted one keeps its place with an empty body and no reactions. */
export interface CommentRecord {
  readonly id: string;
  readonly authorId: string | null;
  readonly body: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deletedAt: string | null;
  /** Who reacted how; only reactions with at least one user. */
  readonly reactions: readonly {
    readonly reaction: Reaction;
    readonly userIds: readonly string[];
  }[];
}

/** A comment thread on a page, with its comments oldest first. Anchors are opaque here. */
export interface CommentThreadRecord {
  readonly id: string;
  readonly documentId: string;
  readonly anchor: { readonly start: string; readonly end: string } | null;
  readonly quote: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
  readonly comments: readonly CommentRecord[];
}

/** One answer to a community question. */
export interface AnswerRecord {
  readonly id: string;
  readonly authorId: string | null;
  readonly body: string;
  readonly createdAt: string;
  readonly editedAt: string | null;
  /** The asker (or an owner) marked it as the answer; at most one answer of a question is. */
  readonly accepted: boolean;
}

/** A glossary entry or page made from a question (which links back to it). */
export type PromotionRecord = (
  | { readonly kind: 'glossary'; readonly entryId: string }
  | { readonly kind: 'page'; readonly documentId: string }
) & { readonly at: string; readonly by: string | null };

/** A question in a community's discussion space, with its answers oldest first. */
export interface QuestionRecord {
  readonly id: string;
  readonly communityId: string;
  readonly title: string;
  readonly body: string;
  readonly authorId: string | null;
  readonly state: QuestionState;
  readonly createdAt: string;
  /** Last activity: asked, changed, answered, accepted, closed, reopened or promoted. */
  readonly updatedAt: string;
  readonly answers: readonly AnswerRecord[];
  readonly promotions: readonly PromotionRecord[];
}

/** One in-app notification of one person (`TABLES.notifications`). */
export interface NotificationRecord {
  readonly id: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly actorId: string | null;
  readonly communityId: string;
  readonly documentId: string | null;
  readonly threadId: string | null;
  readonly questionId: string | null;
  /** The page's or question's title when it happened. */
  readonly title: string;
  /** At most 200 characters of the comment or answer; never logged. */
  readonly excerpt: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** How someone wants notifications by email. */
export interface NotificationSettingsRecord {
  readonly email: EmailMode;
}

/**
 * A notification mail waiting to be sent (retried on every digest tick until it went out). It
 * names the notifications, not their text nor the address: both are read when it is sent.
 */
export interface MailOutboxRecord {
  readonly id: string;
  readonly userId: string;
  readonly kind: 'immediate' | 'digest';
  readonly notificationIds: readonly string[];
  readonly createdAt: string;
  readonly attempts: number;
}

/** When the immediate mails of the last day went out (for `IMMEDIATE_MAILS_PER_DAY`). */
export interface MailQuotaRecord {
  readonly sentAt: readonly string[];
}
