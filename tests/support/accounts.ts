import type { Role } from '@kring/shared';
import type { UserRecord } from '../../server/src/storage/meta/records.js';
import type { TestServer } from './testServer.js';
import { SYSTEM_CALLER } from '../../server/src/auth/Caller.js';
import { TEST_PASSWORD } from './credentials.js';

/** A test account with an API token. */
export interface TestAccount {
  readonly user: UserRecord;
  readonly token: string;
}

/**
 * Creates an account directly through the server's services (as the admin CLI does) with an API
 * token. `guest` accounts are scoped like invited externals.
 */
export async function createAccount(
  server: TestServer,
  name: string,
  options: { guest?: boolean; admin?: boolean } = {},
): Promise<TestAccount> {
  const { services } = server.kring;
  const user = await services.accounts.signup(
    {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
      organisation: `${name} Org`,
      password: TEST_PASSWORD,
    },
    {
      allowedDomains: [],
      ip: null,
      admin: options.admin ?? false,
      asGuest: options.guest ?? false,
    },
  );
  const { token } = await services.tokens.create(user.id, 'tests');
  return { user, token };
}

/** Sends a JSON API request with a bearer token (or none); returns status and parsed body. */
export async function api(
  server: TestServer,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.kring.url}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    // CSV and other non-JSON answers stay text.
  }
  return { status: response.status, body };
}

/**
 * Makes `account` a member of `slug` with `role` the trusted way, as the admin CLI's `add-member`
 * does (the API only adds people directly who already share a community with the owner).
 */
export async function addMember(
  server: TestServer,
  slug: string,
  account: TestAccount,
  role: Role,
): Promise<void> {
  await server.kring.services.communities.setMember(SYSTEM_CALLER, slug, account.user.id, role);
}
