import { describe, expect, it } from 'vitest';
import type { GlossaryEntryView } from '@kring/shared';
import { filterEntries } from './glossaryFilter.js';

const entry = (term: string, more: Partial<GlossaryEntryView> = {}): GlossaryEntryView => ({
  id: term,
  term,
  definition: '',
  synonyms: [],
  abbreviations: [],
  language: '',
  links: [],
  author: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  canEdit: false,
  ...more,
});

describe('filterEntries', () => {
  const entries = [
    entry('Homomorfe encryptie', { synonyms: ['homomorphic encryption'], abbreviations: ['HE'] }),
    entry('Privacyverhogende technologieën', { definition: 'Technieken die gegevens beschermen.' }),
  ];

  it('matches every word anywhere in term, other names and definition, ignoring diacritics', () => {
    expect(filterEntries(entries, 'technologieen').map((e) => e.id)).toEqual([
      'Privacyverhogende technologieën',
    ]);
    expect(filterEntries(entries, 'homomorphic he').map((e) => e.id)).toEqual([
      'Homomorfe encryptie',
    ]);
    expect(filterEntries(entries, 'gegevens kwantum')).toEqual([]);
  });

  it('keeps everything for an empty filter', () => {
    expect(filterEntries(entries, '  ')).toHaveLength(2);
  });
});
