/**
 * Names of the metadata tables and their key schemes. Ids are `[A-Za-z0-9_-]`, so `!` separates
 * the parts of compound keys and sorts before every id character.
 */
export const TABLES = {
  /** `<userId>` → UserRecord */
  users: 'users',
  /** `<email>` → userId */
  usersByEmail: 'users-by-email',
  /** `<issuer> <subject>` → userId */
  usersByIdentity: 'users-by-identity',
  /** `<sha256(token)>` → SessionRecord */
  sessions: 'sessions',
  /** `<userId>!<sessionId>` → sessionId */
  sessionsByUser: 'sessions-by-user',
  /** `<tokenId>` → ApiTokenRecord */
  tokens: 'tokens',
  /** `<sha256(secret)>` → tokenId */
  tokensByHash: 'tokens-by-hash',
  /** `<userId>!<tokenId>` → tokenId */
  tokensByUser: 'tokens-by-user',
  /** `<communityId>` → CommunityRecord */
  communities: 'communities',
  /** `<slug>` → communityId */
  communitiesBySlug: 'communities-by-slug',
  /** `<communityId>!<userId>` → MembershipRecord */
  members: 'members',
  /** `<userId>!<communityId>` → MembershipRecord (a copy, written in the same batch) */
  membershipsByUser: 'memberships-by-user',
  /** `<invitationId>` → InvitationRecord */
  invitations: 'invitations',
  /** `<sha256(token)>` → invitationId */
  invitationsByHash: 'invitations-by-hash',
  /** `<communityId>!<invitationId>` → invitationId */
  invitationsByCommunity: 'invitations-by-community',
  /** `<documentId>` → DocumentRecord */
  documents: 'documents',
  /** `<communityId>!<documentId>` → documentId */
  documentsByCommunity: 'documents-by-community',
  /** `<auditId>` (time-ordered) → AuditRecord */
  audit: 'audit',
  /** `<communityId>!<auditId>` → AuditRecord (a copy) */
  auditByCommunity: 'audit-by-community',
  /** `<userId>!<communityId>` → ISO time of the last visit */
  visits: 'visits',
  /** `<targetDocumentId>!<sourceDocumentId>` → sourceDocumentId (internal links, for backlinks) */
  linksTo: 'links-to',
  /** `<sourceDocumentId>!<targetDocumentId>` → targetDocumentId */
  linksFrom: 'links-from',
  /** `<documentId>!<versionId>` → VersionRecord */
  versions: 'versions',
  /** `<communityId>!<templateId>` → TemplateRecord */
  templates: 'templates',
  /** `<fileId>` → FileRecord */
  files: 'files',
  /** `<communityId>!<fileId>` → fileId */
  filesByCommunity: 'files-by-community',
  /** `<documentId>` → documentId: purged documents whose data is still being removed */
  purges: 'purges',
  /** `<userId>!<documentId>` → FavouriteRecord (pinned pages) */
  favourites: 'favourites',
  /** `<documentId>!<userId>` → userId (who pinned a page, for purging) */
  favouritesByDocument: 'favourites-by-document',
  /** `<sha256(token)>` → PasswordResetRecord */
  passwordResets: 'password-resets',
  /** `<documentId>!<userId>` → ContributionRecord (who added how much to a page, and when) */
  contributions: 'contributions',
  /** `<userId>!<documentId>` → ContributionRecord (a copy, written in the same batch) */
  contributionsByUser: 'contributions-by-user',
  /** `<userId>` → ProfileRecord */
  profiles: 'profiles',
  /** `<organisationId>` → OrganisationRecord */
  organisations: 'organisations',
  /** `<communityId>!<stakeholderId>` → StakeholderRecord (stakeholders who are not members) */
  stakeholders: 'stakeholders',
  /** `<communityId>!<entryId>` → GlossaryRecord */
  glossary: 'glossary',
  /** `<documentId>!<threadId>` (time-ordered) → CommentThreadRecord (with its comments) */
  comments: 'comments',
  /** `<communityId>!<questionId>` → QuestionRecord (with its answers and promotions) */
  questions: 'questions',
  /** `<userId>!<notificationId>` (time-ordered) → NotificationRecord (at most 500 per user) */
  notifications: 'notifications',
  /** `<userId>` → NotificationSettingsRecord */
  notificationSettings: 'notification-settings',
  /** `<documentId>!<userId>` → userId (who watches a page) */
  documentWatchers: 'document-watchers',
  /** `<communityId>!<userId>` → userId (who watches a community) */
  communityWatchers: 'community-watchers',
  /** `<userId>!<notificationId>` → notificationId (waiting for the user's next digest mail) */
  mailDigest: 'mail-digest',
  /** `<outboxId>` (time-ordered) → MailOutboxRecord (notification mails not yet sent) */
  mailOutbox: 'mail-outbox',
  /** `<userId>` → MailQuotaRecord (immediate mails sent in the last day) */
  mailQuota: 'mail-quota',
} as const;
