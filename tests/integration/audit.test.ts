import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntryView } from '@kring/shared';
import { runAdmin } from '../../server/src/cli/admin.js';
import { addMember, api, createAccount } from '../support/accounts.js';
import { CookieSession } from '../support/cookieSession.js';
import { ADMIN_EMAIL, TEST_PASSWORD } from '../support/credentials.js';
import { connectClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('audit log', () => {
  let server: TestServer;
  let work: string;
  beforeEach(async () => {
    server = await startTestServer();
    work = await mkdtemp(join(tmpdir(), 'kring-audit-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await server.dispose();
    await rm(work, { recursive: true, force: true });
  });

  it('records logins, invitations, membership, documents and who opened what; owners see their community, admins all; CSV export', async () => {
    const admin = server.credentials.token;
    const browser = new CookieSession(server.kring.url);
    await browser.login(ADMIN_EMAIL, 'wrong password here');
    await browser.login(ADMIN_EMAIL, TEST_PASSWORD);
    const owner = await createAccount(server, 'Olga');
    await addMember(server, 'test', owner, 'owner');
    const member = await createAccount(server, 'Mehmet');
    await addMember(server, 'test', member, 'reader');
    await api(server, 'PATCH', `/api/communities/test/members/${member.user.id}`, {
      token: owner.token,
      body: { role: 'editor' },
    });
    const invitation = await api(server, 'POST', '/api/communities/test/invitations', {
      token: owner.token,
      body: { role: 'reader' },
    });
    const invitee = await createAccount(server, 'Ivo');
    await api(
      server,
      'POST',
      `/api/invitations/${(invitation.body as { token: string }).token}/accept`,
      { token: invitee.token },
    );
    await api(server, 'POST', '/api/communities/test/documents', {
      token: owner.token,
      body: { id: 'notes' },
    });
    await api(server, 'PUT', '/api/documents/notes/access', {
      token: owner.token,
      body: { restrictedTo: [member.user.id] },
    });
    const reader = connectClient(server.collabUrl, 'notes', new Y.Doc(), { token: member.token });
    await reader.synced();
    reader.destroy();
    await api(server, 'DELETE', '/api/documents/notes', { token: owner.token });
    await api(server, 'DELETE', `/api/communities/test/members/${invitee.user.id}`, {
      token: owner.token,
    });
    await api(server, 'POST', '/api/me/tokens', { token: owner.token, body: { name: 'script' } });

    const all = (await api(server, 'GET', '/api/audit?limit=1000', { token: admin }))
      .body as AuditEntryView[];
    const actions = new Set(all.map((entry) => entry.action));
    for (const action of [
      'login',
      'login.failed',
      'member.added',
      'member.role_changed',
      'member.removed',
      'invitation.created',
      'invitation.accepted',
      'document.created',
      'document.access_changed',
      'document.opened',
      'document.deleted',
      'token.created',
    ]) {
      expect(actions, action).toContain(action);
    }
    const opened = all.find((entry) => entry.action === 'document.opened');
    expect(opened).toMatchObject({
      actor: { name: 'Mehmet' },
      documentId: 'notes',
      details: { access: 'write' },
    });
    expect(all.map((entry) => entry.at)).toEqual(
      [...all.map((entry) => entry.at)].sort().reverse(),
    );

    const community = (
      await api(server, 'GET', '/api/communities/test/audit', { token: owner.token })
    ).body as AuditEntryView[];
    expect(community.every((entry) => entry.communityId !== null)).toBe(true);
    expect(community.map((entry) => entry.action)).not.toContain('login');
    expect(
      (await api(server, 'GET', '/api/communities/test/audit', { token: member.token })).status,
    ).toBe(403);
    expect((await api(server, 'GET', '/api/audit', { token: owner.token })).status).toBe(403);

    const csv = await api(server, 'GET', '/api/communities/test/audit.csv', { token: owner.token });
    expect(String(csv.body).split('\r\n')[0]).toBe(
      'id,time,action,actor_id,actor_name,community_id,document_id,subject_user_id,details,ip',
    );
    expect(String(csv.body)).toContain('document.deleted');

    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const file = join(work, 'audit.csv');
    expect(await runAdmin(['audit-export', '--out', file], server.adminEnv())).toBe(0);
    const exported = await readFile(file, 'utf8');
    expect(exported.trim().split('\r\n')).toHaveLength(all.length + 1);
  });
});
