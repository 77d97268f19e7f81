import { describe, expect, it } from 'vitest';
import { analyzeWord } from './analyzer.js';
import { SNIPPET_CHARS, buildSnippet } from './snippet.js';

/** The index terms of some words, as the engine reports matched terms. */
const termsOf = (...words: string[]) => new Set(words.flatMap((w) => [...analyzeWord(w)]));
const highlighted = (snippet: ReturnType<typeof buildSnippet>) =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

const filler = (words: number, word = 'tekst') =>
  Array.from({ length: words }, () => word).join(' ');

describe('buildSnippet', () => {
  it('shows a short body whole, with every matched word highlighted', () => {
    const snippet = buildSnippet('Samenwerking tussen ministeries.', termsOf('samenwerken'));
    expect(snippet.text).toBe('Samenwerking tussen ministeries.');
    expect(snippet.highlights).toEqual([[0, 12]]);
  });

  it('cuts a window around a match deep in the body, at word boundaries, with ellipses', () => {
    const body = `${filler(100)} de ideeënbus staat open ${filler(100)}`;
    const snippet = buildSnippet(body, termsOf('ideeenbus')); // as a prefix match reports it
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    expect(highlighted(snippet)).toEqual(['ideeënbus']);
    expect(snippet.text).toMatch(/^… ?tekst/);
    expect(snippet.text).toMatch(/tekst …$|tekst…$/);
  });

  it('prefers the window with the most different matched words', () => {
    const body = `privacy hier. ${filler(60)} privacy en versleuteling samen. ${filler(60)}`;
    const snippet = buildSnippet(body, termsOf('privacy', 'versleuteling'));
    expect(highlighted(snippet)).toEqual(['privacy', 'versleuteling']);
  });

  it('falls back to the start of the body when only the title matched', () => {
    const body = `Eerste zin van het document. ${filler(80)}`;
    const snippet = buildSnippet(body, termsOf('titelwoord'));
    expect(snippet.text.startsWith('Eerste zin van het document.')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });

  it('shows lines of the body joined by spaces, offsets unchanged', () => {
    const snippet = buildSnippet('Kop\nAlinea over drones', termsOf('drone'));
    expect(snippet.text).toBe('Kop Alinea over drones');
    expect(highlighted(snippet)).toEqual(['drones']);
  });

  it('gives an empty snippet for an empty body', () => {
    expect(buildSnippet('', termsOf('iets'))).toEqual({ text: '', highlights: [] });
  });
});
