import { TABLES } from './storage/meta/tables.js';
import { AccountService } from './accounts/AccountService.js';
import { UserDirectory } from './accounts/UserDirectory.js';
import { AuditLog } from './audit/AuditLog.js';
import { AccessEvents } from './auth/AccessEvents.js';
import { ApiTokenService } from './auth/ApiTokenService.js';
import { Authenticator } from './auth/Authenticator.js';
import { SessionService } from './auth/SessionService.js';
import { CommunityService } from './communities/CommunityService.js';
import { InvitationService } from './communities/InvitationService.js';
import { MemberAdder } from './communities/MemberAdder.js';
import { MembershipDirectory } from './communities/MembershipDirectory.js';
import { StoredContent } from './documents/StoredContent.js';
import { CommunityPresence } from './communities/CommunityPresence.js';
import { ConnectedPeople } from './collab/ConnectedPeople.js';
import { DocumentCreator } from './documents/DocumentCreator.js';
import { DocumentDirectory } from './documents/DocumentDirectory.js';
import { MetaDatabase } from './storage/meta/MetaDatabase.js';
import type { Level } from 'level';
import type { DocumentStorage } from './storage/DocumentStorage.js';
import { LinkIndex } from './documents/LinkIndex.js';
import { PageTree } from './documents/PageTree.js';
import { Trash } from './documents/Trash.js';
import { DocumentLifecycle } from './documents/DocumentLifecycle.js';
import { Visits } from './documents/Visits.js';
import { DomainError } from './domainError.js';
import { VersionService, type LiveDocuments } from './history/VersionService.js';
import { TemplateService } from './templates/TemplateService.js';
import { DocumentTransfer } from './documents/DocumentTransfer.js';
import { DEFAULT_TRANSFER_MEMORY_MB, DEFAULT_TRANSFER_TIMEOUT_MS } from './transfer/limits.js';
import { TransferWorkers } from './transfer/TransferWorkers.js';
import { FileService, type FileLimits } from './files/FileService.js';
import { Favourites } from './favourites/Favourites.js';
import type { BlobStore } from './files/FileStore.js';
import { DEFAULT_FILE_MAX_BYTES, DEFAULT_FILE_TYPES } from '@kring/shared';
import { ChangeClock } from './offline/ChangeClock.js';
import { ContributionLedger } from './contributions/ContributionLedger.js';
import { addedInUpdate } from './contributions/addedContent.js';
import { OrganisationDirectory } from './people/OrganisationDirectory.js';
import { ProfileDirectory } from './people/ProfileDirectory.js';
import { CommentThreads } from './comments/CommentThreads.js';
import { Notifications } from './notifications/Notifications.js';
import { NO_MAILER, type Mailer } from './mail/Mailer.js';

/** Kring's account, community, document-metadata and audit services over one database. */
export interface Services {
  readonly meta: MetaDatabase;
  /** The clock every service stamps its records with (milliseconds since the epoch). */
  readonly now: () => number;
  readonly events: AccessEvents;
  readonly audit: AuditLog;
  readonly users: UserDirectory;
  readonly memberships: MembershipDirectory;
  readonly sessions: SessionService;
  readonly tokens: ApiTokenService;
  readonly authenticator: Authenticator;
  readonly communities: CommunityService;
  readonly invitations: InvitationService;
  /** Owners adding people by email (invitation, or directly when that reveals nothing). */
  readonly memberAdder: MemberAdder;
  readonly documents: DocumentDirectory;
  /** Creates documents through the API (metadata and the title in the content). */
  readonly creator: DocumentCreator;
  readonly accounts: AccountService;
  readonly pageTree: PageTree;
  readonly trash: Trash;
  /** Where per-document stores register what purging a document deletes. */
  readonly lifecycle: DocumentLifecycle;
  readonly visits: Visits;
  readonly links: LinkIndex;
  readonly versions: VersionService;
  readonly templates: TemplateService;
  readonly transfer: DocumentTransfer;
  readonly files: FileService;
  /** Pages each person pinned to their sidebar. */
  readonly favourites: Favourites;
  /** Content written without an editing session, for titles, links and search to catch up on. */
  readonly storedContent: StoredContent;
  /** Who has a community's pages open now (fed by the collaboration endpoint). */
  readonly presence: CommunityPresence;
  /** What changed since a client's last offline sync (content through storage, metadata here). */
  readonly changes: ChangeClock;
  /** Who contributed how much to each document (kept beside the update log). */
  readonly contributions: ContributionLedger;
  /** People's profiles (function, expertise, bio, …; what they hide). */
  readonly profiles: ProfileDirectory;
  /** Organisations as records, managed by instance admins. */
  readonly organisations: OrganisationDirectory;
  /** Comment threads on pages (kept beside the page, not in its content). */
  readonly comments: CommentThreads;
  /** In-app notifications, watches, email settings and notification mail. */
  readonly notifications: Notifications;
}

/** Where no file store is open (the offline admin CLI). */
const NO_FILES: BlobStore = {
  put: () => Promise.reject(new DomainError(409, 'conflict', 'This needs the running server.')),
  head: () => Promise.reject(new DomainError(409, 'conflict', 'This needs the running server.')),
  read: () => {
    throw new DomainError(409, 'conflict', 'This needs the running server.');
  },
  delete: () => Promise.resolve(),
};

/** Used where no server holds documents (the offline admin CLI). */
const NO_LIVE_DOCUMENTS: LiveDocuments = {
  with: () => Promise.reject(new DomainError(409, 'conflict', 'This needs the running server.')),
};

/** Builds the services on the instance's LevelDB; used by the server and the offline admin CLI. */
export function createServices(
  db: Level<string, Uint8Array>,
  options: {
    passwordHashCost: number;
    storage: DocumentStorage;
    /** Open documents of the running server (versions); absent in the offline admin CLI. */
    live?: LiveDocuments;
    /** Uploaded files' contents and limits; absent in the offline admin CLI. */
    files?: { store: BlobStore; limits: FileLimits };
    now?: () => number;
    /** Where imports and exports run; by default a worker with the default limits. */
    transferWorkers?: TransferWorkers;
    /** The change clock the storage's appends already count on (default: a new one). */
    changes?: ChangeClock;
    /** Where mail goes (default: nowhere) and what mails link to; absent in the offline CLI. */
    mail?: {
      readonly mailer: Mailer;
      readonly publicUrl: () => string;
      /** A trigger or send failed outside a request (never with addresses or text). */
      readonly onError: (what: string, error: unknown) => void;
    };
  },
): Services {
  const now = options.now ?? Date.now;
  // Point reads of these tables dominate connection storms (session → user → membership →
  // document per connection), so they are cached; writes invalidate them.
  const meta = new MetaDatabase(db, [
    TABLES.users,
    TABLES.sessions,
    TABLES.tokens,
    TABLES.tokensByHash,
    TABLES.communities,
    TABLES.communitiesBySlug,
    TABLES.documents,
    TABLES.members,
  ]);
  const changes = options.changes ?? new ChangeClock();
  // Every change of a document record (title, move, tags, access, trash) is one of these writes.
  meta.onWritten((operations) => {
    for (const operation of operations) {
      if (operation.table !== TABLES.documents) continue;
      if (operation.type === 'put') changes.changed(operation.key);
      else changes.forget(operation.key);
    }
  });
  const events = new AccessEvents();
  const audit = new AuditLog(meta, now);
  const users = new UserDirectory(meta);
  const memberships = new MembershipDirectory(meta);
  const sessions = new SessionService(meta, events, now);
  const tokens = new ApiTokenService(meta, events, now);
  const communities = new CommunityService(meta, memberships, audit, events, now);
  const invitations = new InvitationService(meta, communities, memberships, audit, events, now);
  const documents = new DocumentDirectory(meta, communities, memberships, audit, events, now);
  const live = options.live ?? NO_LIVE_DOCUMENTS;
  const lifecycle = new DocumentLifecycle(meta);
  const links = new LinkIndex(meta, documents);
  const versions = new VersionService(meta, documents, live, audit, now);
  const files = new FileService(
    meta,
    options.files?.store ?? NO_FILES,
    communities,
    documents,
    audit,
    options.files?.limits ?? { maxBytes: DEFAULT_FILE_MAX_BYTES, types: DEFAULT_FILE_TYPES },
    now,
  );
  lifecycle.onPurge('update log', (id) => options.storage.deleteDocument(id));
  lifecycle.onPurge('versions', (id) => versions.purge(id));
  lifecycle.onPurge('links', (id) => links.purge(id));
  lifecycle.onPurge('attachments', (id) => files.purgeAttachments(id));
  lifecycle.onPurge('audit details', (id) => audit.redactDocument(id));
  const favourites = new Favourites(meta, documents, communities);
  const storedContent = new StoredContent();
  lifecycle.onPurge('favourites', (id) => favourites.purge(id));
  const contributions = new ContributionLedger(meta, now);
  lifecycle.onPurge('contributions', (id) => contributions.purge(id));
  const comments = new CommentThreads(meta, documents, now);
  lifecycle.onPurge('comment threads', (id) => comments.purge(id));
  const authenticator = new Authenticator(users, memberships, sessions, tokens);
  const notifications = new Notifications({
    db: meta,
    users,
    communities,
    documents,
    actorFor: (user) => authenticator.actorFor(user),
    mailer: options.mail?.mailer ?? NO_MAILER,
    publicUrl: options.mail?.publicUrl ?? (() => ''),
    now,
    onError: options.mail?.onError ?? (() => undefined),
  });
  lifecycle.onPurge('watchers', (id) => notifications.watches.purgeDocument(id));
  comments.onCommented((event) => notifications.commented(event));
  const creator = new DocumentCreator(documents, options.storage, storedContent);
  creator.onCreated((caller, document) => notifications.pageCreated(caller, document));
  // Pages written without an editing session (new with a title, imported, from a template).
  storedContent.listen((document, userId, update) => {
    if (userId !== null) contributions.record(document.id, userId, addedInUpdate(update));
  });
  const accounts = new AccountService(
    meta,
    users,
    sessions,
    invitations,
    audit,
    options.passwordHashCost,
    now,
  );
  return {
    meta,
    now,
    events,
    audit,
    users,
    memberships,
    sessions,
    tokens,
    authenticator,
    communities,
    invitations,
    memberAdder: new MemberAdder(users, memberships, communities, invitations),
    documents,
    creator,
    accounts,
    pageTree: new PageTree(meta, documents, communities, audit),
    trash: new Trash(meta, documents, communities, lifecycle, audit, events, now),
    lifecycle,
    visits: new Visits(meta, documents, communities, now),
    links,
    versions,
    templates: new TemplateService(
      meta,
      communities,
      documents,
      options.storage,
      live,
      audit,
      now,
      storedContent,
    ),
    transfer: new DocumentTransfer(
      documents,
      communities,
      options.storage,
      live,
      options.transferWorkers ??
        new TransferWorkers({
          timeoutMs: DEFAULT_TRANSFER_TIMEOUT_MS,
          memoryMb: DEFAULT_TRANSFER_MEMORY_MB,
        }),
      files,
      storedContent,
    ),
    files,
    favourites,
    storedContent,
    presence: new CommunityPresence(new ConnectedPeople(), communities, documents, users),
    changes,
    contributions,
    profiles: new ProfileDirectory(meta),
    organisations: new OrganisationDirectory(meta, now),
    comments,
    notifications,
  };
}
