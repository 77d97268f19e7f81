import { z } from 'zod';

/**
 * Version of the persisted index. Bump it whenever the snapshot's shape OR the analysis changes
 * (tokenizer, folding, stemmers, stopwords, fields): an index built with other terms would
 * silently stop finding things, so an old snapshot is thrown away and the index rebuilt.
 */
export const SEARCH_INDEX_VERSION = 1;

const entrySchema = z.object({
  id: z.string(),
  communityId: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  authorIds: z.array(z.string()),
  updatedAt: z.string(),
});

/**
 * A persisted search index: the entries (metadata and stored text for snippets) and the engine's
 * own serialisation. The engine part is only checked on the surface here; the engine's loader
 * checks the rest, and the two must agree on the number of documents.
 */
export const searchIndexSnapshotSchema = z.object({
  version: z.literal(SEARCH_INDEX_VERSION),
  entries: z.array(entrySchema),
  engine: z.looseObject({
    documentCount: z.number().int().nonnegative(),
    index: z.array(z.unknown()),
    serializationVersion: z.number(),
  }),
});

/** A validated snapshot. */
export type SearchIndexSnapshot = z.infer<typeof searchIndexSnapshotSchema>;
