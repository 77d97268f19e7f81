import { readFile } from 'node:fs/promises';
import * as Y from 'yjs';
import { expect } from 'vitest';
import {
  CONTENT_FIELD,
  type OfflinePullView,
  type OrganisationType,
  type OrganisationView,
} from '@kring/shared';
import { addMember, api, createAccount, type TestAccount } from './accounts.js';
import { b64, bytes, offlinePost } from './offline.js';
import type { TestServer } from './testServer.js';

/** Where the people-search fixture community lives. */
export const PEOPLE_FIXTURE_FILE = new URL('../fixtures/people/community.json', import.meta.url);

/** A person of the fixture community. */
export interface FixturePerson {
  readonly key: string;
  readonly name: string;
  readonly organisation: string;
  readonly organisationType: OrganisationType;
  readonly function: string;
  readonly expertise: readonly string[];
  readonly languages: readonly string[];
}

/** A page of the fixture community: parts written by different people, in order. */
export interface FixturePage {
  readonly key: string;
  readonly title: string;
  readonly lang: 'nl' | 'en';
  readonly tags: readonly string[];
  readonly restricted?: boolean;
  readonly parts: readonly { readonly author: string; readonly text: string }[];
}

/** A question as members ask it, with the person who is the best to ask. */
export interface FixtureQuestion {
  readonly q: string;
  readonly lang: 'nl' | 'en';
  readonly expected: string;
  /** For questions about a restricted page: the best person for someone who cannot read it. */
  readonly expectedWhenRestricted?: string | null;
}

/** `tests/fixtures/people/community.json`. */
export interface PeopleFixture {
  readonly community: { readonly slug: string; readonly name: string };
  readonly people: readonly FixturePerson[];
  readonly pages: readonly FixturePage[];
  readonly questions: readonly FixtureQuestion[];
  readonly restrictedQuestions: readonly FixtureQuestion[];
}

/** The loaded community: accounts by person key, and the asker. */
export interface LoadedPeopleFixture {
  readonly fixture: PeopleFixture;
  readonly accounts: ReadonlyMap<string, TestAccount>;
  /** A newcomer who reads the community and wrote nothing: the one who asks. */
  readonly asker: TestAccount;
  /** Page key → document id. */
  readonly documentIds: ReadonlyMap<string, string>;
}

/** Reads the fixture file. */
export async function readPeopleFixture(): Promise<PeopleFixture> {
  return JSON.parse(await readFile(PEOPLE_FIXTURE_FILE, 'utf8')) as PeopleFixture;
}

/**
 * Builds the fixture community on a running server the way its members would: the admin makes
 * the community and the organisations, everyone fills in a profile, and every part of every page
 * is sent by its own author (as an offline push, credited to them like live typing). Restricted
 * pages are then limited to their authors. A newcomer (a reader who wrote nothing) asks.
 */
export async function loadPeopleFixture(
  server: TestServer,
  fixture: PeopleFixture,
): Promise<LoadedPeopleFixture> {
  const admin = server.credentials.token;
  const { slug, name } = fixture.community;
  expect(
    (await api(server, 'POST', '/api/communities', { token: admin, body: { slug, name } })).status,
  ).toBe(201);

  const organisations = new Map<string, string>();
  for (const person of fixture.people) {
    if (organisations.has(person.organisation)) continue;
    const created = await api(server, 'POST', '/api/organisations', {
      token: admin,
      body: { name: person.organisation, type: person.organisationType },
    });
    expect(created.status).toBe(201);
    organisations.set(person.organisation, (created.body as OrganisationView).id);
  }

  const accounts = new Map<string, TestAccount>();
  for (const person of fixture.people) {
    const account = await createAccount(server, person.name);
    await addMember(server, slug, account, 'editor');
    const profile = await api(server, 'PUT', '/api/me/profile', {
      token: account.token,
      body: {
        organisationId: organisations.get(person.organisation),
        function: person.function,
        expertise: person.expertise,
        languages: person.languages,
      },
    });
    expect(profile.status).toBe(200);
    accounts.set(person.key, account);
  }

  const asker = await createAccount(server, 'Nina Nieuwkomer');
  await addMember(server, slug, asker, 'reader');

  const documentIds = new Map<string, string>();
  for (const page of fixture.pages) {
    const id = `fx-${page.key}`;
    documentIds.set(page.key, id);
    await writePage(server, slug, id, page, accounts);
  }
  await server.kring.flushDerived();
  return { fixture, accounts, asker, documentIds };
}

async function writePage(
  server: TestServer,
  slug: string,
  id: string,
  page: FixturePage,
  accounts: ReadonlyMap<string, TestAccount>,
): Promise<void> {
  const account = (key: string) => {
    const found = accounts.get(key);
    if (found === undefined) throw new Error(`page ${page.key}: unknown author ${key}`);
    return found;
  };
  const creator = account(page.parts[0]!.author);
  const created = await api(server, 'POST', `/api/communities/${slug}/documents`, {
    token: creator.token,
    body: { id, title: page.title },
  });
  expect(created.status).toBe(201);
  if (page.tags.length > 0) {
    const tagged = await api(server, 'PATCH', `/api/documents/${id}`, {
      token: creator.token,
      body: { tags: page.tags },
    });
    expect(tagged.status).toBe(200);
  }
  const doc = await pulled(server, slug, id, creator);
  for (const part of page.parts) {
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(part.text)]);
    doc.getXmlFragment(CONTENT_FIELD).push([paragraph]);
    const update = Y.encodeStateAsUpdate(doc, before);
    const pushed = await offlinePost(server, 'push', [{ id, update: b64(update) }], {
      who: account(part.author),
      slug,
    });
    expect(pushed.status).toBe(200);
  }
  doc.destroy();
  if (page.restricted === true) {
    const authors = [...new Set(page.parts.map((part) => account(part.author).user.id))];
    const access = await api(server, 'PUT', `/api/documents/${id}/access`, {
      token: creator.token,
      body: { restrictedTo: authors },
    });
    expect(access.status).toBe(200);
  }
}

async function pulled(server: TestServer, slug: string, id: string, who: TestAccount) {
  const answer = await offlinePost(
    server,
    'pull',
    [{ id, stateVector: b64(new Uint8Array([0])) }],
    {
      who,
      slug,
    },
  );
  expect(answer.status).toBe(200);
  const [document] = (answer.body as OfflinePullView).documents;
  if (document === undefined) throw new Error(`${id} was not pulled`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes(document.update));
  return doc;
}
