import type { UserSummary } from './views.js';

/** Languages a glossary entry can be in (`''`: not said). */
export const GLOSSARY_LANGUAGES = ['nl', 'en', ''] as const;

/** One glossary language. */
export type GlossaryLanguage = (typeof GLOSSARY_LANGUAGES)[number];

/** Longest term, definition and link; most synonyms, abbreviations and links per entry. */
export const GLOSSARY_LIMITS = {
  term: 80,
  definition: 2000,
  synonyms: 20,
  abbreviations: 10,
  abbreviation: 20,
  links: 10,
  link: 500,
  /** Entries one community keeps. */
  entries: 2000,
} as const;

/** A glossary entry (`GET /api/communities/:slug/glossary`). */
export interface GlossaryEntryView {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** Other words for the same thing ("homomorphic encryption" for "homomorfe encryptie"). */
  readonly synonyms: readonly string[];
  /** Abbreviations, matched only as written in capitals ("FHE"). */
  readonly abbreviations: readonly string[];
  readonly language: GlossaryLanguage;
  /** Web addresses (`https://…`) or pages in Kring (`/d/…`). */
  readonly links: readonly string[];
  /** Who wrote it; null once their account is gone. */
  readonly author: UserSummary | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The caller may change and delete it (its author, the community's owners, instance admins). */
  readonly canEdit: boolean;
}

/** `GET /api/communities/:slug/glossary`: every entry, by term. */
export interface GlossaryListView {
  readonly entries: readonly GlossaryEntryView[];
  /** The caller may add entries (members who may contribute: not readers). */
  readonly canCreate: boolean;
}
