import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_IDLE_DAYS } from '@kring/shared';
import { SYSTEM_CALLER } from './Caller.js';
import { createServices, type Services } from '../services.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('expiry of sessions, API tokens and invitations (real LevelDB, controlled clock)', () => {
  let temp: TempStorage;
  let services: Services;
  let now = Date.parse('2026-11-27T09:00:00Z');
  let userId: string;

  beforeEach(async () => {
    temp = await createTempStorage();
    services = createServices(temp.storage.database, {
      passwordHashCost: 14,
      storage: temp.storage,
      now: () => now,
    });
    const user = await services.accounts.signup(
      { name: 'Anna', email: 'anna@example.org', organisation: 'BZK', password: null },
      { allowedDomains: [], ip: null, admin: true },
    );
    userId = user.id;
  });
  afterEach(() => temp.dispose());

  it('ends a session after the idle period, and extends it while it is used', async () => {
    const { token } = await services.sessions.create(userId);
    now += (SESSION_IDLE_DAYS - 1) * DAY_MS;
    expect(await services.sessions.resolve(token)).not.toBeNull();
    now += (SESSION_IDLE_DAYS - 1) * DAY_MS;
    expect(await services.sessions.resolve(token)).not.toBeNull();
    now += SESSION_IDLE_DAYS * DAY_MS + 1;
    expect(await services.sessions.resolve(token)).toBeNull();
  });

  it('stops an API token at its expiry, and keeps one without expiry', async () => {
    const expiring = await services.tokens.create(userId, 'ci', 30);
    const lasting = await services.tokens.create(userId, 'backup script');
    now += 29 * DAY_MS;
    expect(await services.tokens.resolve(expiring.token)).not.toBeNull();
    now += 2 * DAY_MS;
    expect(await services.tokens.resolve(expiring.token)).toBeNull();
    expect(await services.tokens.resolve(lasting.token)).not.toBeNull();
    expect(await services.tokens.resolve('kring_made-up')).toBeNull();
  });

  it('refuses an invitation link after it expires', async () => {
    await services.communities.create(
      SYSTEM_CALLER,
      { slug: 'pet', name: 'PET', description: '' },
      userId,
    );
    const { token } = await services.invitations.create(SYSTEM_CALLER, 'pet', {
      role: 'reader',
      expiresInDays: 7,
    });
    now += 6 * DAY_MS;
    expect((await services.invitations.resolve(token)).community.slug).toBe('pet');
    now += 2 * DAY_MS;
    await expect(services.invitations.resolve(token)).rejects.toMatchObject({
      code: 'invalid_token',
    });
  });
});
