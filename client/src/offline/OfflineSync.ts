import type { CommunityView } from '@kring/shared';
import type { ApiClient } from '../api/ApiClient.js';
import { ApiError } from '../api/ApiError.js';
import {
  allowOfflineDb,
  getAll,
  putRecords,
  STORES,
  type StoredCommunity,
  type StoredDocument,
} from './offlineDb.js';
import { isAvailableOffline } from './offlinePreferences.js';
import {
  offlineStatus,
  patchOfflineStatus,
  reconnections,
  type OfflineStatus,
} from './offlineStatus.js';
import { queuedOperations } from './operationQueue.js';
import { requestPersistentStorage } from './storageUsage.js';
import { addSyncNotices, reloadSyncNotices } from './syncNotices.js';
import { syncCommunity } from './syncCommunity.js';

/** While the tab is visible and online, communities are brought up to date this often. */
export const OFFLINE_SYNC_INTERVAL_MS = 30_000;
/** While the server cannot be reached (offline, or it is down), it is tried again this often. */
export const OFFLINE_RETRY_MS = 5_000;
/** A sync asked for (an edit, a queued change) starts after this pause, so bursts share one. */
const REQUEST_DELAY_MS = 500;
/** The Web Lock a sync pass holds (and a wipe, so that no pass writes while it deletes). */
export const OFFLINE_SYNC_LOCK = 'kring-offline-sync';
const CHANNEL = 'kring-offline';

type ChannelMessage =
  { readonly type: 'status'; readonly status: OfflineStatus } | { readonly type: 'notices' };

/**
 * Keeps the signed-in person's communities available offline: a pass syncs each community that is
 * switched on, one after another, on start, when the network returns, every 30 s while visible,
 * and soon after local changes. Tabs share one sync: a Web Lock lets one tab run a pass at a time
 * (another tab's pass waits, then finds little left to do) and a BroadcastChannel gives the others
 * its progress.
 */
export class OfflineSync {
  private userId: string | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private away = true;
  /** The server was out of reach since the last complete pass (not merely the app starting). */
  private wasUnreachable = false;
  private readonly channel: BroadcastChannel | null =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  constructor(
    private readonly client: ApiClient,
    private readonly currentDocumentId: () => string | null,
  ) {
    if (this.channel !== null) this.channel.onmessage = this.onChannelMessage;
  }

  /** Starts syncing for `userId` (signed in); a different person stops the previous one first. */
  start(userId: string): void {
    if (this.userId === userId) return;
    this.stop();
    allowOfflineDb();
    this.userId = userId;
    this.away = true;
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible' && navigator.onLine) void this.pass();
    }, OFFLINE_SYNC_INTERVAL_MS);
    // Loaded while offline (this starts a moment after the first screen): screens reload once back.
    this.wasUnreachable = !offlineStatus.getSnapshot().reachable || !navigator.onLine;
    patchOfflineStatus({ reachable: navigator.onLine });
    void requestPersistentStorage();
    void this.refreshCounts();
    void this.pass();
  }

  /** Stops syncing (logout). */
  stop(): void {
    this.userId = null;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    if (this.timer !== null) clearInterval(this.timer);
    if (this.pending !== null) clearTimeout(this.pending);
    this.timer = null;
    this.pending = null;
  }

  /** Asks for a sync soon (after an edit or a queued change), in whichever tab holds the lock. */
  request(): void {
    void this.refreshCounts();
    if (this.pending !== null) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.pass();
    }, REQUEST_DELAY_MS);
  }

  /** One pass over every community switched on; returns when done (or skipped: another tab). */
  async pass(): Promise<void> {
    if (this.userId === null) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      const locks = typeof navigator.locks === 'undefined' ? null : navigator.locks;
      if (locks === null) await this.runPass();
      else await locks.request(OFFLINE_SYNC_LOCK, () => this.runPass());
    } finally {
      this.running = false;
      await this.refreshCounts();
    }
    // The server is down while the network is up: no 'online' event will say it is back.
    if (!offlineStatus.getSnapshot().reachable && navigator.onLine) this.retrySoon();
    if (this.again) {
      this.again = false;
      await this.pass();
    }
  }

  private async runPass(): Promise<void> {
    const userId = this.userId;
    if (userId === null) return;
    let communities: CommunityView[];
    try {
      communities = await this.client.get<CommunityView[]>('/communities', {
        redirectOnUnauthenticated: false,
        localFallback: false,
      });
    } catch (error) {
      const expired = error instanceof ApiError && error.status === 401;
      this.publish({ reachable: expired, sessionExpired: expired });
      this.away = true;
      return;
    }
    this.publish({ reachable: true, sessionExpired: false });
    const stored = (await getAll<StoredCommunity>(STORES.communities)).filter(
      (community) => community.userId === userId,
    );
    const member = new Set(communities.map((community) => community.slug));
    const newlyRevoked = stored.filter((c) => !c.revoked && !member.has(c.slug));
    await putRecords(
      STORES.communities,
      newlyRevoked.map((community) => ({ ...community, revoked: true })),
    );
    const revoked = new Map(
      stored
        .filter((community) => !member.has(community.slug))
        .map((community) => [community.slug, community.community.name]),
    );
    const reportAway = this.away;
    for (const community of communities) {
      if (community.myRole === null || !isAvailableOffline(userId, community.slug)) continue;
      const outcome = await syncCommunity(this.client, community.slug, {
        userId,
        priorityId: this.currentDocumentId(),
        reportAway,
        onProgress: ({ done, total }) =>
          this.publish({ syncing: { slug: community.slug, name: community.name, done, total } }),
      });
      if (outcome.kind === 'synced') {
        addSyncNotices(outcome.notices);
        if (outcome.notices.length > 0) this.post({ type: 'notices' });
      } else if (outcome.kind === 'unauthenticated') {
        this.publish({ syncing: null, sessionExpired: true });
        return;
      } else if (outcome.kind === 'unreachable') {
        this.publish({ syncing: null, reachable: false });
        this.away = true;
        return;
      } else {
        revoked.set(community.slug, community.name);
      }
    }
    this.away = false;
    if (this.wasUnreachable) {
      this.wasUnreachable = false;
      reconnections.set(reconnections.getSnapshot() + 1);
    }
    this.publish({
      syncing: null,
      lastSyncedAt: new Date().toISOString(),
      revoked: [...revoked].map(([slug, name]) => ({ slug, name })),
    });
  }

  private retrySoon(): void {
    if (this.pending !== null || this.userId === null) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.pass();
    }, OFFLINE_RETRY_MS);
  }

  /** Counts what waits to be sent (documents with unconfirmed edits, queued page changes). */
  async refreshCounts(): Promise<void> {
    const userId = this.userId;
    if (userId === null) return;
    try {
      const mine = new Set(
        (await getAll<StoredCommunity>(STORES.communities))
          // A community closed to this person: its edits are kept here, not waiting to be sent.
          .filter((community) => community.userId === userId && !community.revoked)
          .map((community) => community.slug),
      );
      const documents = await getAll<StoredDocument>(STORES.documents);
      const operations = await queuedOperations(userId);
      patchOfflineStatus({
        waitingDocuments: documents.filter((d) => d.dirty && mine.has(d.slug)).length,
        waitingOperations: operations.length,
      });
    } catch {
      // IndexedDB unavailable (private mode): nothing is kept, so nothing waits.
    }
  }

  private publish(change: Partial<OfflineStatus>): void {
    if (change.reachable === false) this.wasUnreachable = true;
    patchOfflineStatus(change);
    this.post({ type: 'status', status: offlineStatus.getSnapshot() });
  }

  private post(message: ChannelMessage): void {
    this.channel?.postMessage(message);
  }

  private readonly onChannelMessage = (event: MessageEvent<ChannelMessage>): void => {
    const message = event.data;
    if (message.type === 'status') offlineStatus.set(message.status);
    else reloadSyncNotices();
  };

  private readonly onOnline = (): void => {
    this.away = true;
    void this.pass();
  };

  private readonly onOffline = (): void => {
    this.away = true;
    this.publish({ reachable: false, syncing: null });
  };
}
