import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personColor, type CurrentUser } from '@kring/shared';
import { presenceUserOf } from './presenceUser.js';
import {
  knownUser,
  sessionStore,
  setSignedIn,
  setSignedOut,
  setUnreachable,
} from './sessionStore.js';
import { cacheCommunityName, cachedCommunityName, readCachedUser } from './userCache.js';

/** Node has no localStorage: a small in-memory one with the same behaviour. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const anna: CurrentUser = {
  id: 'user-anna',
  name: 'Anna de Vries',
  organisation: 'BZK',
  email: 'anna@example.nl',
  isAdmin: false,
  isGuest: false,
};
const guest = { number: 417, name: 'Gast 417' };

describe('the signed-in user cached for offline use', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', {
      value: new MemoryStorage(),
      configurable: true,
    });
    sessionStore.set({ status: 'loading' });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('knows the last signed-in user after a reload with the server unreachable', () => {
    setSignedIn(anna);
    // A reload: the store starts over, and the server cannot be reached.
    sessionStore.set({ status: 'loading' });
    expect(knownUser(sessionStore.getSnapshot())).toEqual(anna);
    setUnreachable();
    expect(knownUser(sessionStore.getSnapshot())).toEqual(anna);
    expect(presenceUserOf(knownUser(sessionStore.getSnapshot()), guest)).toEqual({
      name: 'Anna de Vries (BZK)',
      color: personColor('user-anna'),
    });
  });

  it('keeps community names for the breadcrumb', () => {
    cacheCommunityName('test', 'Test community');
    expect(cachedCommunityName('test')).toBe('Test community');
    expect(cachedCommunityName('other')).toBeNull();
  });

  it('forgets the user and community names once the server says nobody is signed in', () => {
    setSignedIn(anna);
    cacheCommunityName('test', 'Test community');
    setSignedOut();
    expect(readCachedUser()).toBeNull();
    expect(cachedCommunityName('test')).toBeNull();
    sessionStore.set({ status: 'loading' });
    expect(knownUser(sessionStore.getSnapshot())).toBeNull();
    expect(presenceUserOf(null, guest).name).toBe('Gast 417');
  });

  it('ignores a corrupt cached user', () => {
    localStorage.setItem('kring:user', '{"id":"x","name":3}');
    expect(readCachedUser()).toBeNull();
    localStorage.setItem('kring:user', '{nope');
    expect(readCachedUser()).toBeNull();
  });
});

describe('collaborator colours', () => {
  it('are the stable colour of the account, the same in every session', () => {
    expect(presenceUserOf(anna, guest).color).toBe(personColor(anna.id));
    expect(presenceUserOf({ ...anna, name: 'Renamed' }, { number: 1, name: 'G' }).color).toBe(
      personColor(anna.id),
    );
  });

  it('give a guest a stable colour from the palette keyed by its number', () => {
    expect(presenceUserOf(null, guest).color).toBe(presenceUserOf(null, guest).color);
    expect(presenceUserOf(null, guest).color).toBe(personColor('guest:417'));
  });
});
