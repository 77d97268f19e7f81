import { describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import {
  OfflineSearchIndex,
  offlineSearchDocument,
  searchOffline,
  type OfflineSearchDocument,
  type OfflineSearchOptions,
} from './offlineSearch.js';

function doc(
  id: string,
  title: string,
  text: string,
  extra: Partial<OfflineSearchDocument> = {},
): OfflineSearchDocument {
  return {
    id,
    title,
    text,
    communityId: 'c1',
    communitySlug: 'fietsers',
    communityName: 'Fietsers',
    updatedAt: '2026-01-10T10:00:00.000Z',
    ...extra,
  };
}

const DOCUMENTS: readonly OfflineSearchDocument[] = [
  doc('nl-fiets', 'Verslag van de tocht', 'Wij fietsen elke zondag langs de dijk.'),
  doc('nl-samen', 'Convenant', 'De samenwerkingen tussen gemeenten worden vastgelegd.'),
  doc('en-bikes', 'Weekend notes', 'Three new bikes arrived for the club.'),
  doc('en-collab', 'Agreement', 'Collaborating across organisations takes time.'),
  doc('coop', 'De coöperatie', 'Leden beslissen samen over de energie.', {
    communitySlug: 'energie',
    communityId: 'c2',
    communityName: 'Energie',
    tags: ['energie', 'leden'],
    updatedAt: '2026-02-01T10:00:00.000Z',
  }),
  doc('privacy-body', 'Notulen', 'We spraken over de privacyverklaring en de bewaartermijn.', {
    authorIds: ['u1'],
    updatedAt: '2026-03-01T10:00:00.000Z',
  }),
  doc('privacy-title', 'Privacyverklaring', 'Wat we bewaren en waarom.', {
    updatedAt: '2026-03-02T10:00:00.000Z',
  }),
];

/** Hit ids of a search over {@link DOCUMENTS}. */
const ids = (query: string, options: OfflineSearchOptions = {}) =>
  indexOf(DOCUMENTS)
    .search(query, options)
    .hits.map((hit) => hit.documentId);

function indexOf(documents: readonly OfflineSearchDocument[]): OfflineSearchIndex {
  const index = new OfflineSearchIndex();
  index.sync(documents);
  return index;
}

describe('searchOffline: analysis as on the server', () => {
  it('finds inflected Dutch words by their stem', () => {
    expect(ids('fiets')).toEqual(['nl-fiets']);
    expect(ids('samenwerking')).toEqual(['nl-samen']);
    expect(ids('samenwerken')).toEqual(['nl-samen']);
  });

  it('finds inflected English words by their stem', () => {
    expect(ids('bike')).toEqual(['en-bikes']);
    expect(ids('biking')).toEqual(['en-bikes']);
    expect(ids('collaboration')).toEqual(['en-collab']);
  });

  it('ignores diacritics both ways', () => {
    expect(ids('cooperatie')).toEqual(['coop']);
    expect(ids('Coöperatie')).toEqual(['coop']);
    expect(ids('beslissen')).toEqual(['coop']);
  });

  it('tolerates a typo', () => {
    expect(ids('bewaartermijm')).toEqual(['privacy-body']);
    expect(ids('colaborating')).toEqual(['en-collab']);
  });

  it('matches the word being typed as a prefix', () => {
    expect(ids('privacyverk')).toEqual(['privacy-title', 'privacy-body']);
    expect(ids('gemeen')).toEqual(['nl-samen']);
  });

  it('ranks a title match before a body match', () => {
    expect(ids('privacyverklaring')).toEqual(['privacy-title', 'privacy-body']);
  });

  it('requires every word, and falls back to any word when none has all', () => {
    expect(ids('privacyverklaring bewaartermijn')).toEqual(['privacy-body']);
    expect(ids('bikes dijk')).toEqual(expect.arrayContaining(['en-bikes', 'nl-fiets']));
  });

  it('finds nothing for only stopwords and lists everything, newest first, for an empty query', () => {
    expect(ids('de het een')).toEqual([]);
    expect(ids('').slice(0, 2)).toEqual(['privacy-title', 'privacy-body']);
    expect(indexOf(DOCUMENTS).search('').total).toBe(DOCUMENTS.length);
  });
});

describe('searchOffline: filters and answer shape', () => {
  it('filters by community slug, tag, author and day range', () => {
    expect(ids('', { community: 'energie' })).toEqual(['coop']);
    expect(ids('', { tag: 'Leden' })).toEqual(['coop']);
    expect(ids('energie', { tag: 'leden' })).toEqual(['coop']);
    expect(ids('privacyverklaring', { author: 'u1' })).toEqual(['privacy-body']);
    expect(ids('', { from: '2026-03-01', to: '2026-03-01' })).toEqual(['privacy-body']);
    expect(() => ids('x', { from: 'gisteren' })).toThrow(RangeError);
  });

  it('finds a document by its tag', () => {
    expect(ids('leden')).toEqual(['coop']);
  });

  it('answers like GET /api/search: total, hits with community, snippet and highlights', () => {
    const results = searchOffline('fietsen', DOCUMENTS, { index: new OfflineSearchIndex() });
    expect(results).toEqual({
      total: 1,
      hits: [
        {
          kind: 'document',
          documentId: 'nl-fiets',
          communitySlug: 'fietsers',
          communityName: 'Fietsers',
          title: 'Verslag van de tocht',
          updatedAt: '2026-01-10T10:00:00.000Z',
          snippet: { text: 'Wij fietsen elke zondag langs de dijk.', highlights: [[4, 11]] },
        },
      ],
    });
  });

  it('counts all matches in total and returns at most limit hits', () => {
    const results = indexOf(DOCUMENTS).search('', { limit: 2 });
    expect(results.total).toBe(DOCUMENTS.length);
    expect(results.hits).toHaveLength(2);
  });
});

describe('OfflineSearchIndex', () => {
  it('re-analyses a changed document and forgets a removed one', () => {
    const index = indexOf(DOCUMENTS);
    expect(index.search('zondag').total).toBe(1);
    const changed = DOCUMENTS.map((d) =>
      d.id === 'nl-fiets'
        ? { ...d, text: 'Nu op zaterdag.', updatedAt: '2026-04-01T00:00:00Z' }
        : d,
    );
    index.sync(changed);
    expect(index.search('zondag').total).toBe(0);
    expect(index.search('zaterdag').hits.map((h) => h.documentId)).toEqual(['nl-fiets']);
    index.sync(changed.filter((d) => d.id !== 'nl-fiets'));
    expect(index.search('zaterdag').total).toBe(0);
    expect(index.size).toBe(DOCUMENTS.length - 1);
  });

  it('keeps the result of a search with the same documents given again', () => {
    const index = indexOf(DOCUMENTS);
    const first = index.search('privacy');
    index.sync(DOCUMENTS.map((d) => ({ ...d })));
    expect(index.search('privacy')).toEqual(first);
  });
});

describe('offlineSearchDocument', () => {
  it('takes the listing, the community name and the plain text; the title falls back', () => {
    const view = {
      id: 'd1',
      communityId: 'c1',
      communitySlug: 'fietsers',
      title: 'Listed title',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: ['route'],
      createdBy: { id: 'u1', name: 'A', organisation: 'O' },
      updatedBy: { id: 'u1', name: 'A', organisation: 'O' },
    } as unknown as DocumentView;
    expect(offlineSearchDocument(view, 'Fietsers', { title: '', body: 'Tekst' })).toEqual({
      id: 'd1',
      title: 'Listed title',
      text: 'Tekst',
      communityId: 'c1',
      communitySlug: 'fietsers',
      communityName: 'Fietsers',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: ['route'],
      authorIds: ['u1'],
    });
  });
});
