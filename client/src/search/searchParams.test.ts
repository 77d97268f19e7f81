import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  hitHref,
  hitKey,
  hitPath,
  parseSearchParams,
  searchPath,
  toSearchQuery,
} from './searchParams.js';

const parse = (search: string) => parseSearchParams(new URLSearchParams(search));

describe('parseSearchParams', () => {
  it('reads the query and valid filters', () => {
    expect(
      parse('q=%20wet%20open%20&community=pet&tag=Beleid&author=u_1&from=2025-01-31&to=2025-02-01'),
    ).toEqual({
      q: 'wet open',
      community: 'pet',
      tag: 'beleid',
      author: 'u_1',
      from: '2025-01-31',
      to: '2025-02-01',
    });
  });

  it('drops invalid or empty filters', () => {
    expect(
      parse('q=x&community=PET!&tag=%3Cb%3E&author=a%20b&from=2025-02-30&to=yesterday'),
    ).toEqual({ ...EMPTY_SEARCH, q: 'x' });
    expect(parse('')).toEqual(EMPTY_SEARCH);
    expect(parse('community=&tag=')).toEqual(EMPTY_SEARCH);
  });

  it('limits the query length', () => {
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });
});

describe('searchPath', () => {
  it('leaves out empty parameters', () => {
    expect(searchPath({})).toBe('/search');
    expect(searchPath({ q: ' nota ', tag: null, community: 'pet', from: '' })).toBe(
      '/search?q=nota&community=pet',
    );
  });

  it('round-trips through parseSearchParams', () => {
    const params = {
      q: 'a&b=c ?',
      community: 'pet',
      tag: 'open data',
      author: 'u1',
      from: '2025-01-01',
      to: '2025-12-31',
    };
    const path = searchPath(params);
    expect(parse(path.slice(path.indexOf('?') + 1))).toEqual(params);
  });
});

describe('toSearchQuery', () => {
  it('gives the API query, or null without a query', () => {
    expect(toSearchQuery(EMPTY_SEARCH)).toBeNull();
    expect(toSearchQuery({ ...EMPTY_SEARCH, q: '  ', tag: 'x' })).toBeNull();
    expect(toSearchQuery({ ...EMPTY_SEARCH, q: 'nota', tag: 'x' }, 5)).toEqual({
      q: 'nota',
      tag: 'x',
      limit: 5,
    });
  });
});

describe('hitPath', () => {
  it('carries the query to the document', () => {
    expect(hitPath('abc', 'wet & recht')).toBe('/d/abc?q=wet+%26+recht');
    expect(hitPath('abc', ' ')).toBe('/d/abc');
  });
});

describe('hitHref', () => {
  it('opens documents in the app at the match', () => {
    expect(hitHref({ kind: 'document', documentId: 'abc' }, 'wet')).toEqual({
      href: '/d/abc?q=wet',
      inApp: true,
    });
  });

  it('downloads files from the permission-checked file address', () => {
    expect(hitHref({ kind: 'file', documentId: '', fileId: 'f 1' }, 'wet')).toEqual({
      href: '/api/files/f%201',
      inApp: false,
    });
  });

  it('gives files and documents distinct keys', () => {
    expect(hitKey({ kind: 'file', documentId: 'abc', fileId: 'f1' })).not.toBe(
      hitKey({ kind: 'document', documentId: 'abc' }),
    );
  });
});
