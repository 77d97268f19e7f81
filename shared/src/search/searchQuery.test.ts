import { describe, expect, it } from 'vitest';
import { planSearch, queryWord, typoBudget } from './searchQuery.js';

describe('planSearch', () => {
  it('plans an empty query as "all" and a query of only stopwords as "none"', () => {
    expect(planSearch('')).toEqual({ kind: 'all' });
    expect(planSearch('  ,. ')).toEqual({ kind: 'all' });
    expect(planSearch('de en of')).toEqual({ kind: 'none' });
    expect(planSearch('x')).toEqual({ kind: 'none' });
  });

  it('drops stopwords and folds what is left', () => {
    const plan = planSearch('De Ideeën van het team');
    expect(plan.kind === 'words' && plan.required.map((w) => w.exact[0])).toEqual([
      'ideeen',
      'team',
    ]);
  });

  it('keeps a trailing stopword of three letters as an optional prefix (over → overheid)', () => {
    const plan = planSearch('privacy over');
    expect(plan.kind).toBe('words');
    if (plan.kind !== 'words') return;
    expect(plan.required).toHaveLength(1);
    expect(plan.optional?.prefix).toBe('over');
    expect(planSearch('over')).toMatchObject({ kind: 'words', required: [] });
  });
});

describe('queryWord', () => {
  it('matches the folded word and both stems exactly', () => {
    expect(queryWord('collaborating', false).exact).toEqual([
      'collaborating',
      'collaborat',
      'collabor',
    ]);
  });

  it('prefix-matches the last word from 2 letters and other words from 4', () => {
    expect(queryWord('pr', true).prefix).toBe('pr');
    expect(queryWord('pri', false).prefix).toBeNull();
    expect(queryWord('priv', false).prefix).toBe('priv');
  });

  it('tolerates typos on the Dutch stem by word length', () => {
    expect(queryWord('ai', true).fuzzy).toBeNull();
    expect(queryWord('privasy', true).fuzzy).toEqual({ term: 'privasy', distance: 1 });
    expect(typoBudget(3)).toBe(0);
    expect(typoBudget(4)).toBe(1);
    expect(typoBudget(8)).toBe(2);
  });
});
