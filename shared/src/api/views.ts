import type { DocumentAccess, Role } from '../roles.js';

/** A person as other members see them. Timestamps are ISO 8601 strings throughout. */
export interface UserSummary {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
}

/** The signed-in user (`GET /api/auth/session`, `GET /api/me`). */
export interface CurrentUser extends UserSummary {
  readonly email: string;
  /** Instance administrator: sees and manages every community. */
  readonly isAdmin: boolean;
  /** External guest: an account scoped to the communities it was invited to; cannot create any. */
  readonly isGuest: boolean;
}

/** `GET /api/auth/session` and the answer of a successful login or signup. */
export interface SessionView {
  readonly user: CurrentUser;
  /** Send in the `x-kring-csrf` header on every state-changing cookie-authenticated request. */
  readonly csrfToken: string;
}

/** `GET /api/auth/providers`: how people can sign in here. */
export interface AuthProvidersView {
  /** Email + password accounts. */
  readonly local: boolean;
  /** Configured OpenID Connect providers; start a login at `/api/auth/oidc/<id>/start`. */
  readonly oidc: readonly { readonly id: string; readonly name: string }[];
  /** True until the first account exists: that account becomes instance administrator. */
  readonly firstRun: boolean;
}

/** A community as listed for a user. */
export interface CommunityView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  /** The viewer's role, null for an instance admin who is not a member. */
  readonly myRole: Role | null;
  readonly memberCount: number;
}

/** A member of a community. Email is shown to owners and admins only. */
export interface MemberView {
  readonly user: UserSummary & { readonly email?: string; readonly isGuest: boolean };
  readonly role: Role;
  readonly addedAt: string;
}

/** A document's metadata (content lives in its Y.Doc). */
export interface DocumentView {
  readonly id: string;
  readonly communityId: string;
  readonly communitySlug: string;
  readonly title: string;
  readonly createdAt: string;
  readonly createdBy: UserSummary | null;
  readonly updatedAt: string;
  /** Ids of the only members who may open it, or null when the whole community may. */
  readonly restrictedTo: readonly string[] | null;
  /** What the viewer may do with the content. */
  readonly myAccess: DocumentAccess;
  /** True when the viewer may delete it and change who may open it. */
  readonly canManage: boolean;
  /** Parent page in the community's page tree, or null at the top level. */
  readonly parentId: string | null;
  /** Sort key among its siblings (fractional index: compare as strings). */
  readonly position: string;
  /** Lower-case tags. */
  readonly tags: readonly string[];
  /** Who changed the content last, when known. */
  readonly updatedBy: UserSummary | null;
  /** When it was moved to the trash, or null. */
  readonly deletedAt: string | null;
}

/** A tag and how many readable documents of a community carry it. */
export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** `GET /api/communities/:slug/changes`: what changed since the viewer's last visit. */
export interface ChangesView {
  /** The previous visit, or null on a first visit (then: the latest changes). */
  readonly since: string | null;
  readonly documents: readonly DocumentView[];
}

/** A file in a community's file area or attached to a document. */
export interface FileView {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** SHA-256 of the content, hex (files are stored by it). */
  readonly sha256: string;
  readonly createdAt: string;
  readonly createdBy: UserSummary | null;
  /** The document it is attached to, or null for the community's file area. */
  readonly documentId: string | null;
  readonly communitySlug: string;
  /** Download address (`/api/files/<id>`); images and PDFs open inline, with `?download` as a file. */
  readonly url: string;
  /** True when the viewer may delete it (its uploader, community owners). */
  readonly canDelete: boolean;
}

/** One search hit (only from documents and files the caller may read). */
export interface SearchHitView {
  /** A page, or a file (matched by its name). */
  readonly kind: 'document' | 'file';
  /** The page, or for a file the page it is attached to ('' for the file area). */
  readonly documentId: string;
  /** For files: the file's id (download at `/api/files/<fileId>`). */
  readonly fileId?: string;
  readonly communitySlug: string;
  readonly communityName: string;
  readonly title: string;
  readonly updatedAt: string;
  /** Body text around the best match; `highlights` are `[start, end)` character offsets in `text`. */
  readonly snippet: {
    readonly text: string;
    readonly highlights: readonly (readonly [number, number])[];
  };
}

/** `GET /api/search`. */
export interface SearchResultsView {
  readonly total: number;
  readonly hits: readonly SearchHitView[];
}

/** A saved version of a document. */
export interface VersionView {
  readonly id: string;
  readonly createdAt: string;
  /** Given by a person for named versions; null for automatic ones. */
  readonly name: string | null;
  readonly kind: 'auto' | 'named';
  /** People whose changes are in this version since the previous one. */
  readonly authors: readonly UserSummary[];
}

/** `GET /api/documents/:id/versions/:versionId`: a past version's content, read-only. */
export interface VersionContentView {
  readonly version: VersionView;
  readonly title: string;
  /** ProseMirror JSON of the version (Kring's schema, see `server/src/transfer/schema.ts`). */
  readonly doc: unknown;
}

/** A document template of a community (built-in ones are shared by all). */
export interface TemplateView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly builtIn: boolean;
}

/** An open invitation as its community's owners see it. */
export interface InvitationView {
  readonly id: string;
  readonly role: Role;
  readonly email: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly createdBy: UserSummary | null;
}

/** Answer of creating an invitation: the link is shown once. */
export interface CreatedInvitation extends InvitationView {
  readonly token: string;
  /** Absolute URL of the invitation page, e.g. `https://kring.example/invite/<token>`. */
  readonly url: string;
}

/**
 * Answer of `POST /api/communities/:slug/members` (202), the same whether or not an account has
 * the address: an invitation bound to it. The members list shows whether they were added at once.
 */
export interface AddMemberAnswer {
  readonly pending: true;
  readonly invitation: CreatedInvitation;
}

/** `GET /api/invitations/:token`: what the invitation page shows before accepting. */
export interface InvitationPreview {
  readonly communityName: string;
  readonly communitySlug: string;
  readonly role: Role;
  readonly email: string | null;
  readonly invitedBy: string;
  readonly expiresAt: string;
}

/** A personal API token (the secret is shown only once, on creation). */
export interface ApiTokenView {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
}

/** Answer of creating an API token. */
export interface CreatedApiToken extends ApiTokenView {
  /** Send as `Authorization: Bearer <token>`. Not retrievable later. */
  readonly token: string;
}

/** Every audit log action. */
export const AUDIT_ACTIONS = [
  'login',
  'login.failed',
  'logout',
  'signup',
  'password.reset',
  'password.changed',
  'token.created',
  'token.revoked',
  'community.created',
  'community.updated',
  'stakeholder.added',
  'stakeholder.removed',
  'glossary.created',
  'glossary.updated',
  'glossary.deleted',
  'question.asked',
  'question.promoted',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'member.added',
  'member.role_changed',
  'member.removed',
  'document.created',
  'document.deleted',
  'document.restored',
  'document.moved',
  'version.restored',
  'template.created',
  'file.uploaded',
  'file.deleted',
  'document.access_changed',
  'document.opened',
] as const;

/** An audit log action. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One audit log entry. */
export interface AuditEntryView {
  readonly id: string;
  readonly at: string;
  readonly action: AuditAction;
  /** Who did it; null for failed logins of unknown accounts and for system actions. */
  readonly actor: UserSummary | null;
  readonly communityId: string | null;
  readonly documentId: string | null;
  /** The person the action was about (new member, changed role), when there is one. */
  readonly subjectUserId: string | null;
  /** Small structured details, e.g. `{ role: 'editor' }`; never secrets or content. */
  readonly details: Readonly<Record<string, string>>;
  /** Client IP address as seen by the server. */
  readonly ip: string | null;
}
