import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INACTIVE_AFTER_DAYS,
  ORGANISATION_TYPES,
  type ExternalStakeholderView,
  type StakeholderMapView,
} from '@kring/shared';
import { SYSTEM_CALLER } from '../../server/src/auth/Caller.js';
import { SYSTEM_CLOCK, type Clock } from '../../server/src/clock.js';
import { emptyProfile } from '../../server/src/people/ProfileDirectory.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const SLUG = 'kaart';

/** Real timers, but a "now" the test can move without firing a hundred days of timers. */
function travellingClock(): Clock & { shift: number } {
  const clock = { ...SYSTEM_CLOCK, shift: 0, now: () => Date.now() + clock.shift };
  return clock;
}

describe('stakeholder map of a community', () => {
  const clock = travellingClock();
  let server: TestServer;
  let olga: TestAccount; // owner, Ministry
  let mark: TestAccount; // editor, University
  let rita: TestAccount; // reader, only her account's organisation text
  let hans: TestAccount; // reader, Ministry, hides his expertise
  let ina: TestAccount; // reader, University, last seen long ago
  let nora: TestAccount; // reader, hides her organisation, never active
  let stranger: TestAccount;

  const map = async (account: TestAccount) => {
    const answer = await api(server, 'GET', `/api/communities/${SLUG}/stakeholders`, {
      token: account.token,
    });
    expect(answer.status).toBe(200);
    return answer.body as StakeholderMapView;
  };
  const page = async (id: string, tags: string[]) => {
    const created = await api(server, 'POST', `/api/communities/${SLUG}/documents`, {
      token: olga.token,
      body: { id, title: id },
    });
    expect(created.status).toBe(201);
    const tagged = await api(server, 'PATCH', `/api/documents/${id}`, {
      token: olga.token,
      body: { tags },
    });
    expect(tagged.status).toBe(200);
  };
  const profile = async (
    account: TestAccount,
    fields: {
      organisationId?: string;
      expertise?: string[];
      hidden?: ('organisation' | 'expertise')[];
    },
  ) => {
    await server.kring.services.profiles.put({
      ...emptyProfile(account.user.id),
      organisationId: fields.organisationId ?? null,
      expertise: fields.expertise ?? [],
      hidden: fields.hidden ?? [],
    });
  };

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    const { services } = server.kring;
    olga = await createAccount(server, 'Olga');
    mark = await createAccount(server, 'Mark');
    rita = await createAccount(server, 'Rita');
    hans = await createAccount(server, 'Hans');
    ina = await createAccount(server, 'Ina');
    nora = await createAccount(server, 'Nora');
    stranger = await createAccount(server, 'Stranger');
    await services.communities.create(
      SYSTEM_CALLER,
      { slug: SLUG, name: 'Kaart', description: '' },
      olga.user.id,
    );
    await addMember(server, SLUG, mark, 'editor');
    for (const reader of [rita, hans, ina, nora]) await addMember(server, SLUG, reader, 'reader');

    const ministry = await services.organisations.create({
      name: 'Ministerie van BZK',
      type: 'ministry',
    });
    const university = await services.organisations.create({
      name: 'Universiteit Utrecht',
      type: 'university',
    });
    await profile(olga, { organisationId: ministry.id, expertise: ['Privacy'] });
    await profile(mark, { organisationId: university.id, expertise: ['Encryptie', 'privacy'] });
    await profile(hans, {
      organisationId: ministry.id,
      expertise: ['Geheim'],
      hidden: ['expertise'],
    });
    await profile(ina, { organisationId: university.id, expertise: ['Archieven'] });
    await profile(nora, { organisationId: ministry.id, hidden: ['organisation'] });

    // Ina's only visit, long ago.
    clock.shift = -(INACTIVE_AFTER_DAYS + 10) * DAY_MS;
    expect(
      (await api(server, 'POST', `/api/communities/${SLUG}/visit`, { token: ina.token })).status,
    ).toBe(204);
    clock.shift = 0;
    expect(
      (await api(server, 'POST', `/api/communities/${SLUG}/visit`, { token: hans.token })).status,
    ).toBe(204);

    await page('open-data', ['open data']);
    await page('klimaat', ['klimaat']);
    await page('geheim', ['toegankelijkheid']);
    const restricted = await api(server, 'PUT', '/api/documents/geheim/access', {
      token: olga.token,
      body: { restrictedTo: [olga.user.id] },
    });
    expect(restricted.status).toBe(200);
    // Mark wrote 75 % of "open data", Olga 25 %: both cover it. Mark's 10 % of "klimaat" is not enough.
    services.contributions.record('open-data', mark.user.id, 300);
    services.contributions.record('open-data', olga.user.id, 100);
    services.contributions.record('klimaat', mark.user.id, 10);
    services.contributions.record('klimaat', rita.user.id, 90);
    services.contributions.record('geheim', olga.user.id, 50);
    await services.contributions.flush();
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('groups members by organisation and type, with the topics each covers', async () => {
    const view = await map(rita);
    expect(view.organisations.map((o) => [o.name, o.type, o.id === null])).toEqual([
      ['Ministerie van BZK', 'ministry', false],
      ['Universiteit Utrecht', 'university', false],
      ['Rita Org', 'other', true],
      ['', 'other', true],
    ]);
    const [ministry, university, ritaOrg, unnamed] = view.organisations;
    expect(ministry?.members.map((m) => m.name)).toEqual(['Hans', 'Olga']);
    expect(university?.members.map((m) => m.name)).toEqual(['Ina', 'Mark']);
    expect(ritaOrg?.members.map((m) => m.name)).toEqual(['Rita']);
    // Nora hid her organisation: she is on the map, her ministry is not named.
    expect(unnamed?.members.map((m) => m.name)).toEqual(['Nora']);
    const person = (name: string) =>
      view.organisations.flatMap((o) => o.members).find((m) => m.name === name);
    expect(person('Olga')?.topics).toEqual(['Privacy', 'open data']);
    expect(person('Mark')?.topics).toEqual(['Encryptie', 'privacy', 'open data']);
    expect(person('Rita')?.topics).toEqual(['klimaat']);
    expect(university?.topics).toEqual(['Archieven', 'Encryptie', 'open data', 'privacy']);
  });

  it('lists who covers each topic, and the gaps', async () => {
    const view = await map(rita);
    const covering = Object.fromEntries(view.topics.map((t) => [t.topic, t.userIds]));
    expect(covering).toEqual({
      Archieven: [ina.user.id],
      Encryptie: [mark.user.id],
      klimaat: [rita.user.id],
      'open data': [olga.user.id, mark.user.id],
      Privacy: [olga.user.id, mark.user.id],
    });
    expect(view.gaps.singlePersonTopics).toEqual([
      { topic: 'Archieven', userId: ina.user.id },
      { topic: 'Encryptie', userId: mark.user.id },
      { topic: 'klimaat', userId: rita.user.id },
    ]);
    expect(view.gaps.missingTypes).toEqual(
      ORGANISATION_TYPES.filter((type) => !['ministry', 'university', 'other'].includes(type)),
    );
    expect(view.gaps.inactiveMembers.map((m) => [m.name, m.lastActiveAt === null])).toEqual([
      ['Ina', false],
      ['Nora', true],
    ]);
    const inaSeen = view.gaps.inactiveMembers[0]?.lastActiveAt ?? '';
    expect(Date.now() - Date.parse(inaSeen)).toBeGreaterThan(INACTIVE_AFTER_DAYS * DAY_MS);
    const hansEntry = view.organisations[0]?.members.find((m) => m.name === 'Hans');
    expect(hansEntry?.lastActiveAt).not.toBeNull();
  });

  it('never shows hidden expertise, and topics only from pages the reader may open', async () => {
    for (const account of [rita, olga]) {
      const text = JSON.stringify(await map(account));
      expect(text).not.toContain('Geheim');
    }
    const topicsOf = (view: StakeholderMapView) =>
      view.organisations.flatMap((o) => o.members).find((m) => m.userId === olga.user.id)?.topics;
    expect(topicsOf(await map(rita))).not.toContain('toegankelijkheid');
    expect(topicsOf(await map(olga))).toContain('toegankelijkheid');
  });

  it('hides the community from non-members and refuses members who do not own it', async () => {
    const body = { organisationName: 'Gemeente Utrecht', organisationType: 'municipality' };
    for (const path of ['stakeholders', 'stakeholders.csv']) {
      const answer = await api(server, 'GET', `/api/communities/${SLUG}/${path}`, {
        token: stranger.token,
      });
      expect(answer.status).toBe(404);
    }
    const asStranger = await api(server, 'POST', `/api/communities/${SLUG}/stakeholders`, {
      token: stranger.token,
      body,
    });
    expect(asStranger.status).toBe(404);
    const asEditor = await api(server, 'POST', `/api/communities/${SLUG}/stakeholders`, {
      token: mark.token,
      body,
    });
    expect(asEditor.status).toBe(403);
    expect((await api(server, 'GET', `/api/communities/${SLUG}/stakeholders`)).status).toBe(401);
  });

  it('lets an owner add and remove an external stakeholder, audited', async () => {
    const invalid = await api(server, 'POST', `/api/communities/${SLUG}/stakeholders`, {
      token: olga.token,
      body: { organisationName: '', organisationType: 'bakery' },
    });
    expect(invalid.status).toBe(400);
    const added = await api(server, 'POST', `/api/communities/${SLUG}/stakeholders`, {
      token: olga.token,
      body: {
        organisationName: 'Gemeente Utrecht',
        organisationType: 'municipality',
        contactName: 'Sanne de Vries',
        contactEmail: 'sanne@utrecht.example',
        topics: ['Open data', 'Wonen'],
        note: 'Uitnodigen voor het volgende overleg',
      },
    });
    expect(added.status).toBe(201);
    const stakeholder = added.body as ExternalStakeholderView;
    expect(stakeholder.contactEmail).toBe('sanne@utrecht.example');

    const forReader = await map(rita);
    const municipality = forReader.organisations.find((o) => o.name === 'Gemeente Utrecht');
    expect(municipality?.type).toBe('municipality');
    expect(municipality?.contacts.map((c) => [c.contactName, c.contactEmail])).toEqual([
      ['Sanne de Vries', ''],
    ]);
    expect(forReader.gaps.missingTypes).not.toContain('municipality');
    const forOwner = await map(olga);
    expect(
      forOwner.organisations.find((o) => o.name === 'Gemeente Utrecht')?.contacts[0]?.contactEmail,
    ).toBe('sanne@utrecht.example');

    const audit = await api(server, 'GET', `/api/communities/${SLUG}/audit`, { token: olga.token });
    expect((audit.body as { action: string }[]).map((e) => e.action)).toContain(
      'stakeholder.added',
    );

    const path = `/api/communities/${SLUG}/stakeholders/${stakeholder.id}`;
    expect((await api(server, 'DELETE', path, { token: mark.token })).status).toBe(403);
    expect((await api(server, 'DELETE', path, { token: olga.token })).status).toBe(204);
    expect((await api(server, 'DELETE', path, { token: olga.token })).status).toBe(404);
    const after = await map(rita);
    expect(after.organisations.some((o) => o.name === 'Gemeente Utrecht')).toBe(false);
    expect(after.gaps.missingTypes).toContain('municipality');
  });

  it('exports one CSV row per organisation and person, emails only for owners, formulas defused', async () => {
    const added = await api(server, 'POST', `/api/communities/${SLUG}/stakeholders`, {
      token: olga.token,
      body: {
        organisationName: '=HYPERLINK("http://evil.example","klik")',
        organisationType: 'company',
        contactName: '@Jan, "de" Boer',
        contactEmail: 'jan@bedrijf.example',
        topics: ['+Sommen', 'Wonen'],
      },
    });
    expect(added.status).toBe(201);
    const csv = async (account: TestAccount) => {
      const response = await fetch(`${server.kring.url}/api/communities/${SLUG}/stakeholders.csv`, {
        headers: { authorization: `Bearer ${account.token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      return (await response.text()).split('\r\n');
    };
    const owner = await csv(olga);
    expect(owner[0]).toBe('organisation,type,person,kind,topics,email');
    expect(owner).toContain(
      'Universiteit Utrecht,university,Mark,member,Encryptie; privacy; open data,',
    );
    expect(owner).toContain(',,Nora,member,,');
    expect(owner).toContain(
      `"'=HYPERLINK(""http://evil.example"",""klik"")",company,"'@Jan, ""de"" Boer",contact,'+Sommen; Wonen,jan@bedrijf.example`,
    );
    expect(owner.at(-1)).toBe('');
    // 6 members + 1 contact, the header, and the empty string after the last CRLF.
    expect(owner).toHaveLength(9);
    const reader = await csv(rita);
    expect(reader.join('\n')).not.toContain('jan@bedrijf.example');
    expect(reader.some((line) => line.endsWith(",contact,'+Sommen; Wonen,"))).toBe(true);
  });
});
