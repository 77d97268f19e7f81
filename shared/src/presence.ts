import { MAX_DISPLAY_NAME_LENGTH } from './limits.js';

/**
 * Colours of people's carets and swatches. Every colour has a contrast ratio of at least 4.5:1
 * with white (label text on it, and the caret line on the white page), and every pair differs by
 * at least 30 in CIELAB (ΔE*76), so two people are never shown in near-identical colours — both
 * checked in `presence.test.ts`.
 */
export const PERSON_COLORS: readonly string[] = [
  '#154273',
  '#b45309',
  '#2e7d32',
  '#6d28d9',
  '#a90061',
  '#5d4037',
  '#0b57d0',
  '#0f766e',
  '#827717',
  '#42145f',
  '#be123c',
  '#a21caf',
];

/**
 * The stable colour of an account (or any other stable key): the same on every device, in every
 * session, and computed alike by the server (which stamps it on presence) and the browser (which
 * shows its own caret before the server has answered). FNV-1a over the UTF-16 code units.
 */
export function personColor(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PERSON_COLORS[hash % PERSON_COLORS.length] ?? '#154273';
}

/**
 * How a signed-in person is named next to their caret: "Anna (BZK)", or just the name when the
 * organisation is empty or would not fit in {@link MAX_DISPLAY_NAME_LENGTH}.
 */
export function presenceName(user: {
  readonly name: string;
  readonly organisation: string;
}): string {
  const name = user.name.replace(/\s+/g, ' ').trim().slice(0, MAX_DISPLAY_NAME_LENGTH).trim();
  const organisation = user.organisation.replace(/\s+/g, ' ').trim();
  if (organisation === '') return name;
  const withOrganisation = `${name} (${organisation})`;
  return withOrganisation.length <= MAX_DISPLAY_NAME_LENGTH ? withOrganisation : name;
}
