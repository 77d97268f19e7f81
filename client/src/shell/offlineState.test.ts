import { describe, expect, it } from 'vitest';
import type { OfflineStatus } from '../offline/offlineStatus.js';
import { offlineState } from './OfflineStatusLine.js';

const calm: OfflineStatus = {
  reachable: true,
  syncing: null,
  waitingDocuments: 0,
  waitingOperations: 0,
  sessionExpired: false,
  revoked: [],
  lastSyncedAt: null,
};

describe('offlineState', () => {
  it('says "all saved" only when nothing waits and the server answers', () => {
    expect(offlineState(calm)).toBe('saved');
    expect(offlineState({ ...calm, waitingOperations: 1 })).toBe('sending');
    expect(offlineState({ ...calm, reachable: false })).toBe('offline');
  });

  it('puts an ended session before being offline, and offline before progress', () => {
    const syncing = { slug: 'pet', name: 'PET', done: 3, total: 9 };
    expect(offlineState({ ...calm, syncing })).toBe('syncing');
    expect(offlineState({ ...calm, syncing, reachable: false })).toBe('offline');
    expect(offlineState({ ...calm, reachable: false, sessionExpired: true })).toBe('expired');
  });
});
