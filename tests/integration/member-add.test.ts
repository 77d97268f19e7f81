import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AddMemberAnswer, MemberView } from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** The answer with everything that differs per invitation (id, secret, times) blanked out. */
function shapeOf(answer: { status: number; body: unknown }) {
  const { invitation } = answer.body as AddMemberAnswer;
  return {
    status: answer.status,
    keys: Object.keys(answer.body as object).sort(),
    invitation: {
      ...invitation,
      id: '…',
      token: '…',
      url: '…',
      createdAt: '…',
      expiresAt: '…',
      email: '…',
    },
  };
}

describe('adding people by email', () => {
  let server: TestServer;
  let owner: TestAccount;

  const add = (email: string, role = 'editor', slug = 'test') =>
    api(server, 'POST', `/api/communities/${slug}/members`, {
      token: owner.token,
      body: { email, role },
    });
  const memberIds = async (slug = 'test') =>
    (
      (await api(server, 'GET', `/api/communities/${slug}/members`, { token: owner.token }))
        .body as MemberView[]
    ).map((member) => member.user.id);

  beforeEach(async () => {
    server = await startTestServer();
    owner = await createAccount(server, 'Olga');
    await addMember(server, 'test', owner, 'owner');
    const other = await api(server, 'POST', '/api/communities', {
      token: owner.token,
      body: { slug: 'shared', name: 'Shared' },
    });
    expect(other.status).toBe(201);
  });
  afterEach(async () => {
    await server.dispose();
  });

  it('answers the same for an unknown address, a stranger, a guest and a colleague', async () => {
    const stranger = await createAccount(server, 'Stan');
    const guest = await createAccount(server, 'Gita', { guest: true });
    const colleague = await createAccount(server, 'Coen');
    await addMember(server, 'shared', guest, 'reader');
    await addMember(server, 'shared', colleague, 'reader');

    const answers = [
      await add('nobody@example.org'),
      await add(stranger.user.email),
      await add(guest.user.email),
      await add(colleague.user.email),
    ];
    const shapes = answers.map(shapeOf);
    expect(shapes[0]).toMatchObject({ status: 202, keys: ['invitation', 'pending'] });
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
    expect(JSON.stringify(answers.map((a) => a.body))).not.toMatch(/Stan|Gita|Coen/);
    for (const [index, email] of [
      'nobody@example.org',
      stranger.user.email,
      guest.user.email,
      colleague.user.email,
    ].entries()) {
      expect((answers[index]!.body as AddMemberAnswer).invitation).toMatchObject({
        email,
        role: 'editor',
      });
    }
  });

  it('adds only an account that already shares a community with the owner; others must accept', async () => {
    const stranger = await createAccount(server, 'Stan');
    const guest = await createAccount(server, 'Gita', { guest: true });
    const colleague = await createAccount(server, 'Coen');
    await addMember(server, 'shared', guest, 'reader');
    await addMember(server, 'shared', colleague, 'reader');
    const toStranger = (await add(stranger.user.email)).body as AddMemberAnswer;
    const toGuest = (await add(guest.user.email)).body as AddMemberAnswer;
    await add(colleague.user.email);

    const members = await memberIds();
    expect(members).toContain(colleague.user.id);
    expect(members).not.toContain(stranger.user.id);
    expect(members).not.toContain(guest.user.id);

    // The invitation is bound to the address: someone else cannot use it.
    expect(
      (
        await api(server, 'POST', `/api/invitations/${toStranger.invitation.token}/accept`, {
          token: colleague.token,
        })
      ).status,
    ).toBe(403);
    for (const [account, answer] of [
      [stranger, toStranger],
      [guest, toGuest],
    ] as const) {
      const accepted = await api(
        server,
        'POST',
        `/api/invitations/${answer.invitation.token}/accept`,
        { token: account.token },
      );
      expect(accepted.status).toBe(200);
    }
    expect(await memberIds()).toEqual(expect.arrayContaining([stranger.user.id, guest.user.id]));
  });

  it('does not change the role of someone already in the community', async () => {
    const colleague = await createAccount(server, 'Coen');
    await addMember(server, 'test', colleague, 'editor');
    expect((await add(colleague.user.email, 'reader')).status).toBe(202);
    const members = (
      await api(server, 'GET', '/api/communities/test/members', { token: owner.token })
    ).body as MemberView[];
    expect(members.find((member) => member.user.id === colleague.user.id)?.role).toBe('editor');
  });

  it('refuses the owner role (owners are made by changing a member’s role) and non-owners', async () => {
    expect((await add('nobody@example.org', 'owner')).status).toBe(400);
    const editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
    const byEditor = await api(server, 'POST', '/api/communities/test/members', {
      token: editor.token,
      body: { email: 'nobody@example.org', role: 'reader' },
    });
    expect(byEditor.status).toBe(403);
  });
});
