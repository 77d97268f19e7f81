import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/credentials.js';

/** Signs in on the login page; resolves once the app has left it. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  returnTo = '/',
  password = TEST_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(/email address|e-mailadres/i).fill(email);
  await page.getByLabel(/^(password|wachtwoord)$/i).fill(password);
  await page.getByRole('button', { name: /^(sign in|inloggen)$/i }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Creates an account for `name` through an invitation to the seeded community (as an invited
 * colleague from another organisation would get one), with the test password. Returns its email.
 */
export async function inviteAccount(
  baseUrl: string,
  adminToken: string,
  name: string,
  role: 'editor' | 'commenter' | 'reader' = 'editor',
): Promise<string> {
  const email = `${name.toLowerCase()}@partner.example`;
  const invitation = await fetch(`${baseUrl}/api/communities/test/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  const { token } = (await invitation.json()) as { token: string };
  const signup = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      email,
      organisation: 'Partner',
      password: TEST_PASSWORD,
      invitation: token,
    }),
  });
  if (signup.status !== 201) throw new Error(`sign-up failed: ${await signup.text()}`);
  return email;
}
