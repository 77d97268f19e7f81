// The glossary of the keystroke measurement with glossary marks: `count` entries, a few of them
// words every paragraph of the long document uses (so the page is full of marks), the rest
// terms that do not occur (so the matcher has a realistic dictionary to look through).
import { COMMUNITY } from './server.mjs';

/** Words of every paragraph of document.mjs, as a community would explain them. */
const OCCURRING = ['gemeente', 'partners', 'beleid', 'financiering', 'toezicht', 'inwoners'];

/**
 * Adds `count` glossary entries to the bench community, `occurring` of them (at most 6) words
 * that every paragraph uses: 6 puts 12,000 marks on the 2,000-paragraph page.
 */
export async function createGlossary(origin, token, count, occurring = OCCURRING.length) {
  for (let index = 0; index < count; index++) {
    const term =
      index < Math.min(occurring, OCCURRING.length)
        ? OCCURRING[index]
        : `kwantumbegrip ${index} sleutelbeheer`;
    const response = await fetch(`${origin}/api/communities/${COMMUNITY}/glossary`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        term,
        definition: `Uitleg van ${term} voor wie nieuw is in het vakgebied.`,
        synonyms: [`synoniem ${index}`],
      }),
    });
    if (response.status !== 201)
      throw new Error(`glossary entry ${index}: HTTP ${response.status}`);
  }
}
