/**
 * Unicode bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069), the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic
 * letter mark (U+061C). In a name they can make "invoice\u202Egpj.exe" look like "invoiceexe.jpg".
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `text` without bidirectional control characters (see {@link BIDI_CONTROLS}). */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
