import { Store } from '../sync/Store.js';

/** A community being synced now. */
export interface SyncingCommunity {
  readonly slug: string;
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

/** What the offline sync shows: honest about what is on the server and what waits here. */
export interface OfflineStatus {
  /** The last request reached the server (false: offline, or the server is down). */
  readonly reachable: boolean;
  /** Null when no sync is running. */
  readonly syncing: SyncingCommunity | null;
  /** Documents with edits made here that the server has not confirmed. */
  readonly waitingDocuments: number;
  /** Page changes (new, moved, deleted) made offline and not yet sent. */
  readonly waitingOperations: number;
  /** The server said the session ended: sign in again to send what waits. */
  readonly sessionExpired: boolean;
  /** Communities this person was removed from while away; their local edits are kept. */
  readonly revoked: readonly { readonly slug: string; readonly name: string }[];
  /** When the last complete sync ended (ISO), or null. */
  readonly lastSyncedAt: string | null;
}

const INITIAL: OfflineStatus = {
  // Until the sync starts (after the first screen), the browser's own idea of the network.
  reachable: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: null,
  waitingDocuments: 0,
  waitingOperations: 0,
  sessionExpired: false,
  revoked: [],
  lastSyncedAt: null,
};

function sameStatus(a: OfflineStatus, b: OfflineStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The offline sync's status, shared by every screen (and, through a channel, every tab). */
export const offlineStatus = new Store<OfflineStatus>(INITIAL, sameStatus);

/** Changes part of the status. */
export function patchOfflineStatus(change: Partial<OfflineStatus>): void {
  offlineStatus.set({ ...offlineStatus.getSnapshot(), ...change });
}

/** Back to the initial status (logout). */
export function resetOfflineStatus(): void {
  offlineStatus.set(INITIAL);
}

/**
 * Counts the times the server was reached again after being out of reach (offline, or down) and a
 * sync pass finished: screens that loaded while away load again then.
 */
export const reconnections = new Store<number>(0);
