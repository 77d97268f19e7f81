/** Content types whose first bytes are checked, with their signatures. */
const SIGNATURES: Readonly<Record<string, (head: Buffer) => boolean>> = {
  'image/png': (h) =>
    h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  'image/gif': (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  'image/webp': (h) =>
    h.subarray(0, 4).toString('latin1') === 'RIFF' &&
    h.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
};

/** Bytes needed by {@link matchesSignature}. */
export const SIGNATURE_BYTES = 16;

/**
 * True when a file's first bytes fit its declared type, for the types that are shown in the
 * browser (images, PDF). Other types are only ever downloaded, never rendered by Kring's pages.
 */
export function matchesSignature(contentType: string, head: Buffer): boolean {
  const check = SIGNATURES[contentType];
  return check === undefined || check(head);
}

/** Types shown in the browser (inline); everything else is sent as a download. */
export function isPreviewable(contentType: string): boolean {
  return contentType in SIGNATURES;
}

/** The bare, lower-case media type of a `Content-Type` header. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}
