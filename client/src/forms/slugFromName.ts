/** Longest slug the API accepts. */
export const MAX_SLUG_LENGTH = 48;

/**
 * Suggests a community slug from its name: lower case, accents removed, anything else than
 * letters and digits becomes one dash, no dash at either end. "Privacy-Enhancing Technologies
 * (PET)" → "privacy-enhancing-technologies-pet". May be empty.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}
