import { z } from 'zod';
import { stripBidiControls } from '../text.js';
import { GLOSSARY_LANGUAGES, GLOSSARY_LIMITS } from './glossary.js';

/** Text people read: bidirectional controls removed, trimmed, `min` to `max` characters. */
function plain(max: number, min = 0) {
  return z.string().transform(stripBidiControls).pipe(z.string().trim().min(min).max(max));
}

/** Short texts: trimmed, blanks dropped, duplicates (ignoring case) removed. */
function wordList(maxItems: number, maxLength: number) {
  return z
    .array(plain(maxLength))
    .max(maxItems)
    .transform((items) => {
      const seen = new Set<string>();
      return items.filter((item) => {
        const key = item.toLowerCase();
        if (item === '' || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });
}

/** A link: an `http(s)` address or a path inside Kring (`/d/…`, `/c/…`). */
const linkSchema = z
  .string()
  .trim()
  .max(GLOSSARY_LIMITS.link)
  .refine(
    (link) => /^\/(?!\/)\S*$/.test(link) || /^https?:\/\/[^\s/]+\S*$/i.test(link),
    'a web address (https://…) or a path in Kring (/d/…)',
  );

const entryFields = {
  term: plain(GLOSSARY_LIMITS.term, 1),
  definition: plain(GLOSSARY_LIMITS.definition, 1),
  synonyms: wordList(GLOSSARY_LIMITS.synonyms, GLOSSARY_LIMITS.term),
  abbreviations: wordList(GLOSSARY_LIMITS.abbreviations, GLOSSARY_LIMITS.abbreviation),
  language: z.enum(GLOSSARY_LANGUAGES),
  links: z.array(linkSchema).max(GLOSSARY_LIMITS.links),
};

/** `POST /api/communities/:slug/glossary`: term and definition; the rest optional. */
export const createGlossaryEntryRequestSchema = z.object({
  term: entryFields.term,
  definition: entryFields.definition,
  synonyms: entryFields.synonyms.default([]),
  abbreviations: entryFields.abbreviations.default([]),
  language: entryFields.language.default(''),
  links: entryFields.links.default([]),
});

/** `PATCH /api/communities/:slug/glossary/:id`: absent fields keep their value. */
export const updateGlossaryEntryRequestSchema = z.object({
  term: entryFields.term.optional(),
  definition: entryFields.definition.optional(),
  synonyms: entryFields.synonyms.optional(),
  abbreviations: entryFields.abbreviations.optional(),
  language: entryFields.language.optional(),
  links: entryFields.links.optional(),
});

export type CreateGlossaryEntryRequest = z.input<typeof createGlossaryEntryRequestSchema>;
export type UpdateGlossaryEntryRequest = z.input<typeof updateGlossaryEntryRequestSchema>;
