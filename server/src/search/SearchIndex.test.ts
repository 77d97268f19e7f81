import { describe, expect, it } from 'vitest';
import { SearchIndex } from './SearchIndex.js';
import { SEARCH_INDEX_VERSION } from './searchIndexSnapshot.js';
import type { SearchEntry } from './searchTypes.js';

const everyone = { allowed: () => true };

function entry(id: string, overrides: Partial<SearchEntry> = {}): SearchEntry {
  return {
    id,
    communityId: 'pet',
    title: `Document ${id}`,
    body: 'Gewone tekst zonder bijzonderheden.',
    tags: [],
    authorIds: ['u-anna'],
    updatedAt: '2026-06-01T10:00:00.000Z',
    ...overrides,
  };
}

function indexOf(...entries: SearchEntry[]): SearchIndex {
  const index = SearchIndex.empty();
  for (const e of entries) index.upsert(e);
  return index;
}

const ids = (index: SearchIndex, query: string, options = {}) =>
  index.search(query, { ...everyone, ...options }).hits.map((hit) => hit.id);

describe('SearchIndex', () => {
  it('adds, replaces and removes documents', () => {
    const index = indexOf(entry('a', { body: 'over drones' }));
    expect(index.size).toBe(1);
    expect(index.has('a')).toBe(true);
    expect(ids(index, 'drones')).toEqual(['a']);

    index.upsert(entry('a', { body: 'over robots' }));
    expect(index.size).toBe(1);
    expect(ids(index, 'drones')).toEqual([]);
    expect(ids(index, 'robots')).toEqual(['a']);

    index.remove('a');
    index.remove('a'); // no-op
    expect(index.size).toBe(0);
    expect(index.has('a')).toBe(false);
    expect(ids(index, 'robots')).toEqual([]);
  });

  it('scores above zero while replaced versions still wait to be vacuumed', () => {
    // As when someone types into the only page: every keystroke's save replaces the entry.
    const index = indexOf(entry('a', { title: 'Homomorfe encryptie', body: '' }));
    for (let n = 1; n <= 5; n++) {
      index.upsert(entry('a', { title: 'Homomorfe encryptie', body: 'rekenen '.repeat(n) }));
    }
    const [hit] = index.search('homomorfe encryptie', everyone).hits;
    expect(hit?.id).toBe('a');
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('returns title, community, score and a highlighted snippet per hit', () => {
    const index = indexOf(entry('a', { title: 'Drones', body: 'Inspectie met drones.' }));
    const [hit] = index.search('drone', everyone).hits;
    expect(hit).toMatchObject({ id: 'a', communityId: 'pet', title: 'Drones' });
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.snippet).toEqual({ text: 'Inspectie met drones.', highlights: [[14, 20]] });
  });

  it('ranks a title match above a body match', () => {
    const index = indexOf(
      entry('body', { title: 'Verslag', body: 'Het ging over kwantumcomputers en meer.' }),
      entry('title', { title: 'Kwantumcomputers', body: 'Het ging over rekenen en meer.' }),
    );
    expect(ids(index, 'kwantumcomputers')).toEqual(['title', 'body']);
  });

  it('requires every word, and falls back to any word when none has all', () => {
    const index = indexOf(
      entry('both', { body: 'robots en drones' }),
      entry('robots', { body: 'alleen robots' }),
    );
    expect(ids(index, 'robots drones')).toEqual(['both']);
    expect(ids(index, 'robots zeppelins').sort()).toEqual(['both', 'robots']);
  });

  it('finds as you type: a trailing stopword is the start of a longer word', () => {
    const index = indexOf(entry('a', { body: 'De overheid deelt gegevens.' }));
    expect(ids(index, 'over')).toEqual(['a']);
    expect(ids(index, 'gegevens over')).toEqual(['a']);
  });

  it('counts all matches in total and returns at most limit hits', () => {
    const index = indexOf(
      ...Array.from({ length: 30 }, (_, i) => entry(`d${i}`, { body: 'drones' })),
    );
    const result = index.search('drones', everyone);
    expect(result.total).toBe(30);
    expect(result.hits).toHaveLength(20);
    expect(index.search('drones', { ...everyone, limit: 5 }).hits).toHaveLength(5);
  });

  it('filters by community, tag (case-insensitive), author and date range', () => {
    const index = indexOf(
      entry('a', {
        communityId: 'pet',
        tags: ['Privacy'],
        authorIds: ['u-anna'],
        updatedAt: '2026-01-10T00:00:00Z',
      }),
      entry('b', {
        communityId: 'ai',
        tags: ['ethiek'],
        authorIds: ['u-bram'],
        updatedAt: '2026-05-10T00:00:00Z',
      }),
      entry('c', {
        communityId: 'ai',
        tags: ['privacy'],
        authorIds: ['u-anna', 'u-bram'],
        updatedAt: '2026-09-10T00:00:00Z',
      }),
    );
    const query = 'tekst';
    expect(ids(index, query, { communityId: 'ai' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, query, { tag: 'PRIVACY' }).sort()).toEqual(['a', 'c']);
    expect(ids(index, query, { authorId: 'u-bram' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, query, { updatedFrom: '2026-05-10T00:00:00Z' }).sort()).toEqual(['b', 'c']);
    expect(ids(index, query, { updatedTo: '2026-05-10T00:00:00Z' }).sort()).toEqual(['a', 'b']);
    expect(ids(index, query, { communityId: 'ai', tag: 'privacy', authorId: 'u-anna' })).toEqual([
      'c',
    ]);
    expect(() => index.search(query, { ...everyone, updatedFrom: 'gisteren' })).toThrow(RangeError);
  });

  it('lists what the filters let through for an empty query, newest first', () => {
    const index = indexOf(
      entry('old', { updatedAt: '2026-01-01T00:00:00Z' }),
      entry('new', { updatedAt: '2026-09-01T00:00:00Z' }),
      entry('other', { communityId: 'ai' }),
    );
    const result = index.search('', { ...everyone, communityId: 'pet' });
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => h.id)).toEqual(['new', 'old']);
    expect(index.search('de en', everyone)).toEqual({ total: 0, hits: [] });
  });

  it('asks allowed once per candidate and only shows what it allows', () => {
    const index = indexOf(
      entry('open', { body: 'geheim project' }),
      entry('closed', { communityId: 'secret', title: 'Geheim project X', body: 'geheim project' }),
    );
    const asked: unknown[] = [];
    const result = index.search('geheim project', {
      allowed: (candidate) => {
        asked.push(candidate);
        return candidate.communityId !== 'secret';
      },
    });
    expect(result.total).toBe(1);
    expect(result.hits.map((h) => h.id)).toEqual(['open']);
    expect(JSON.stringify(result)).not.toContain('Geheim project X');
    expect(asked).toHaveLength(2);
    expect(asked).toContainEqual({ id: 'closed', communityId: 'secret' });
    expect(index.search('', { allowed: () => false })).toEqual({ total: 0, hits: [] });
  });

  it('keeps only the start of a very long body for snippets but indexes all of it', () => {
    const body = `${'woord '.repeat(10_000)}slotwoord`;
    const index = indexOf(entry('long', { body }));
    expect(ids(index, 'slotwoord')).toEqual(['long']);
    const restored = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(ids(restored, 'slotwoord')).toEqual(['long']);
  });
});

describe('SearchIndex persistence', () => {
  const sample = () =>
    indexOf(
      entry('a', { title: 'Privacyverklaring', body: 'Persoonsgegevens en bewaartermijnen.' }),
      entry('b', { title: 'Ideeënbus', body: 'Ideeën voor kwantum.', tags: ['ideeën'] }),
    );
  const roundTrip = (index: SearchIndex): unknown => JSON.parse(JSON.stringify(index.toJSON()));

  it('restores an index that answers exactly like the original', () => {
    const original = sample();
    original.upsert(entry('a', { title: 'Privacyverklaring', body: 'Nieuwe versie.' }));
    original.remove('b');
    original.upsert(entry('c', { body: 'kwantum ideeen' }));
    const restored = SearchIndex.fromJSON(roundTrip(original));
    expect(restored.size).toBe(2);
    expect(restored.ids().sort()).toEqual(['a', 'c']);
    expect(restored.updatedAtOf('a')).toBe('2026-06-01T10:00:00.000Z');
    for (const query of ['privacy', 'nieuwe', 'persoonsgegevens', 'ideeen', 'kwant', ''])
      expect(restored.search(query, everyone)).toEqual(original.search(query, everyone));
  });

  it('gives an empty index for another version or anything invalid', () => {
    const json = roundTrip(sample()) as { version: number; entries: unknown[] };
    expect(json.version).toBe(SEARCH_INDEX_VERSION);
    expect(SearchIndex.fromJSON({ ...json, version: SEARCH_INDEX_VERSION + 1 }).size).toBe(0);
    expect(SearchIndex.fromJSON({ ...json, entries: json.entries.slice(1) }).size).toBe(0);
    expect(
      SearchIndex.fromJSON({
        ...json,
        engine: { documentCount: 2, index: [], serializationVersion: 99 },
      }).size,
    ).toBe(0);
    expect(SearchIndex.fromJSON(null).size).toBe(0);
    expect(SearchIndex.fromJSON('nonsense').size).toBe(0);
    expect(SearchIndex.tryFromJSON({ version: SEARCH_INDEX_VERSION })).toBeNull();
  });
});
