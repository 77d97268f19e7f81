import { describe, expect, it } from 'vitest';
import {
  analyzeText,
  analyzeWord,
  foldDiacritics,
  stemsOf,
  tokenize,
  tokenizeWithOffsets,
} from './analyzer.js';

describe('foldDiacritics', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldDiacritics('Ideeën')).toBe('ideeen');
    expect(foldDiacritics('café')).toBe('cafe');
    expect(foldDiacritics('Coördinatie')).toBe('coordinatie');
    expect(foldDiacritics('ÉÈÊË àáâä ñ ç')).toBe('eeee aaaa n c');
  });

  it('folds decomposed input and compatibility characters alike', () => {
    expect(foldDiacritics('ide\u0065\u0308en')).toBe('ideeen'); // e + combining diaeresis
    expect(foldDiacritics('\u0133s')).toBe('ijs'); // the Dutch ij ligature
  });
});

describe('tokenize', () => {
  it('splits on spaces, punctuation and symbols, keeping letters with diacritics and digits', () => {
    expect(tokenize('Post-quantum (PQC), 2026: ideeën & café!')).toEqual([
      'Post',
      'quantum',
      'PQC',
      '2026',
      'ideeën',
      'café',
    ]);
  });

  it('keeps a decomposed diacritic inside its word', () => {
    expect(tokenize('ide\u0065\u0308en bus')).toEqual(['ide\u0065\u0308en', 'bus']);
  });

  it('gives offsets into the original text', () => {
    const text = 'De ideeënbus, open.';
    const tokens = [...tokenizeWithOffsets(text)];
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['De', 'ideeënbus', 'open']);
    expect(tokens[1]).toEqual({ word: 'ideeënbus', start: 3, end: 12 });
  });
});

describe('stemming in both languages', () => {
  it('gives one stem for inflections of a Dutch word', () => {
    const stem = stemsOf('samenwerking')[0];
    expect(stemsOf('samenwerken')[0]).toBe(stem);
    expect(stemsOf('samenwerkingen')[0]).toBe(stem);
  });

  it('gives one stem for inflections of an English word', () => {
    const english = (word: string) => stemsOf(word).at(-1);
    expect(english('collaborating')).toBe(english('collaboration'));
    expect(english('decisions')).toBe(english('decision'));
  });

  it('lists the Dutch stem first and the English one only when it differs', () => {
    expect(stemsOf('robots')).toEqual(['robot']);
    expect(stemsOf('collaboration')).toEqual(['collaboration', 'collabor']);
  });
});

describe('analyzeWord / analyzeText', () => {
  it('folds before stemming, so ideeen and ideeën give the same terms', () => {
    expect(analyzeWord('ideeën')).toEqual(analyzeWord('ideeen'));
    expect(analyzeWord('Ideeën')).toEqual(analyzeWord('ideeen'));
  });

  it('drops Dutch and English stopwords, one-letter and overlong tokens', () => {
    expect(analyzeWord('de')).toEqual([]);
    expect(analyzeWord('The')).toEqual([]);
    expect(analyzeWord('x')).toEqual([]);
    expect(analyzeWord('a'.repeat(49))).toEqual([]);
    expect(analyzeWord('AI')).toEqual(['ai']);
  });

  it('keeps words that are stopwords in neither language', () => {
    expect(analyzeText('de data van het IT-team')).toEqual(['data', 'it', 'team']);
  });
});
