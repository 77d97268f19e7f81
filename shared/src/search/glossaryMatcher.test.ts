import { describe, expect, it } from 'vitest';
import { GlossaryMatcher, type GlossaryTerms } from './glossaryMatcher.js';

const entry = (id: string, term: string, more: Partial<GlossaryTerms> = {}): GlossaryTerms => ({
  id,
  term,
  synonyms: [],
  abbreviations: [],
  ...more,
});

const found = (matcher: GlossaryMatcher, text: string) =>
  matcher.find(text).map((match) => [match.entryId, text.slice(match.start, match.end)]);

describe('GlossaryMatcher', () => {
  it('finds Dutch and English inflections, ignoring case and diacritics', () => {
    const matcher = new GlossaryMatcher([
      entry('he', 'homomorfe encryptie', { synonyms: ['homomorphic encryption'] }),
      entry('pet', 'privacyverhogende technologie'),
      entry('idee', 'idee'),
    ]);
    expect(
      found(
        matcher,
        'Homomorfe encrypties en Homomorphic Encryption; privacyverhogende technologieën. Ideeën!',
      ),
    ).toEqual([
      ['he', 'Homomorfe encrypties'],
      ['he', 'Homomorphic Encryption'],
      ['pet', 'privacyverhogende technologieën'],
      ['idee', 'Ideeën'],
    ]);
  });

  it('prefers the longest term and never overlaps', () => {
    const matcher = new GlossaryMatcher([
      entry('proof', 'proof'),
      entry('zkp', 'zero-knowledge proof'),
      entry('knowledge', 'knowledge'),
    ]);
    expect(found(matcher, 'A zero knowledge proof, a proof, knowledge.')).toEqual([
      ['zkp', 'zero knowledge proof'],
      ['proof', 'proof'],
      ['knowledge', 'knowledge'],
    ]);
  });

  it('joins the words of a term only across spaces and hyphens', () => {
    const matcher = new GlossaryMatcher([entry('mpc', 'multi-party computation')]);
    expect(found(matcher, 'multi party computation')).toEqual([['mpc', 'multi party computation']]);
    expect(found(matcher, 'multi, party computation')).toEqual([]);
  });

  it('keeps stopwords inside a term', () => {
    const matcher = new GlossaryMatcher([entry('rtbf', 'recht op vergetelheid')]);
    expect(found(matcher, 'Het recht op vergetelheid geldt.')).toEqual([
      ['rtbf', 'recht op vergetelheid'],
    ]);
    expect(found(matcher, 'Het recht van vergetelheid.')).toEqual([]);
  });

  it('matches abbreviations only as written', () => {
    const matcher = new GlossaryMatcher([
      entry('avg', 'Algemene verordening gegevensbescherming', { abbreviations: ['AVG'] }),
    ]);
    expect(found(matcher, 'De AVG, avg en de DPIA’s onder de AVG.')).toEqual([
      ['avg', 'AVG'],
      ['avg', 'AVG'],
    ]);
  });

  it('finds nothing with an empty glossary or in text without terms', () => {
    expect(new GlossaryMatcher([]).find('homomorfe encryptie')).toEqual([]);
    expect(new GlossaryMatcher([entry('x', 'kwantum')]).find('Niets te zien hier.')).toEqual([]);
  });
});
