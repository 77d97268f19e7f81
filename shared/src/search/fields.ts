/**
 * The fields a search index holds per document and how much a match in each counts. Server and
 * browser index the same fields with the same boosts, so their rankings agree.
 */

/** The searchable fields, in the order their field ids are given (0, 1, 2). */
export const SEARCH_FIELDS = ['title', 'tags', 'body'] as const;

/** One of {@link SEARCH_FIELDS}. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A title match counts three body matches, a tag two. */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = { title: 3, tags: 2, body: 1 };
