import { DEFAULT_FILE_TYPES, MAX_FILE_NAME_LENGTH, MAX_IMAGE_BYTES } from '@kring/shared';

/** Content types by file extension, for files the browser gives no type (often `.md`, `.csv`). */
const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  markdown: 'text/markdown',
  json: 'application/json',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** Content type of a file the browser could not name. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';

/** Image types the editor inserts (the image types the server accepts by default; no SVG). */
export const IMAGE_TYPES: readonly string[] = DEFAULT_FILE_TYPES.filter((type) =>
  type.startsWith('image/'),
);

/** The `accept` attribute of an image file input. */
export const IMAGE_ACCEPT = IMAGE_TYPES.join(',');

/** The extension of a file name in lower case ("Verslag.PDF" → "pdf"), or null. */
export function fileExtension(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/** The bare media type of a content type, lower case, without parameters (`; charset=…`). */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * The content type to upload a file as: the browser's, or for files it gives no type (or only
 * `application/octet-stream`) the type belonging to the extension. The server decides whether
 * it accepts it.
 */
export function contentTypeOf(file: { readonly name: string; readonly type: string }): string {
  const type = mediaType(file.type);
  if (type !== '' && type !== UNKNOWN_CONTENT_TYPE) return type;
  const extension = fileExtension(file.name);
  return (extension === null ? undefined : EXTENSION_TYPES[extension]) ?? UNKNOWN_CONTENT_TYPE;
}

/** What kind of file something is, for the "Type" column (translated as `files.kinds.<kind>`). */
export type FileKind =
  'pdf' | 'image' | 'word' | 'spreadsheet' | 'presentation' | 'text' | 'data' | 'archive' | 'other';

/** The kind of a file from its content type (and name, for the ambiguous ones). */
export function fileKind(contentType: string, name = ''): FileKind {
  const type = mediaType(contentType);
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.includes('wordprocessingml') || type === 'application/msword' || type.endsWith('.text'))
    return 'word';
  if (type.includes('spreadsheetml') || type === 'application/vnd.ms-excel') {
    return fileExtension(name) === 'csv' ? 'data' : 'spreadsheet';
  }
  if (type.endsWith('.spreadsheet')) return 'spreadsheet';
  if (
    type.includes('presentationml') ||
    type.includes('powerpoint') ||
    type.endsWith('.presentation')
  )
    return 'presentation';
  if (type === 'text/csv' || type === 'application/json') return 'data';
  if (type.startsWith('text/')) return 'text';
  if (type === 'application/zip') return 'archive';
  return 'other';
}

/** How a file can be shown in the browser: as an image, as a PDF in a frame, or not at all. */
export type PreviewKind = 'image' | 'pdf' | null;

/** Images the server sends inline and PDFs can be previewed. */
export function previewKind(contentType: string): PreviewKind {
  const type = mediaType(contentType);
  if (type === 'application/pdf') return 'pdf';
  return IMAGE_TYPES.includes(type) ? 'image' : null;
}

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;

function formatUnit(value: number, unit: string, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A size for people: "512 bytes", "12 kB", "3.4 MB", "1.2 GB" (binary multiples, the way file
 * managers show them; one decimal below 10).
 */
export function formatFileSize(bytes: number, locale: string): string {
  const size = Math.max(0, Number.isFinite(bytes) ? bytes : 0);
  if (size < KIB) return formatUnit(size, 'byte', locale, 0);
  const [value, unit] =
    size < MIB
      ? [size / KIB, 'kilobyte']
      : size < GIB
        ? [size / MIB, 'megabyte']
        : [size / GIB, 'gigabyte'];
  return formatUnit(value, unit, locale, value < 10 ? 1 : 0);
}

/** A size in megabytes ("50 MB", "0.5 MB"), for limits. */
export function formatMegabytes(bytes: number, locale: string): string {
  const value = Math.max(0, bytes) / MIB;
  return formatUnit(value, 'megabyte', locale, value < 10 ? 1 : 0);
}

/**
 * The name to store a file under: without folders, trimmed, at most `MAX_FILE_NAME_LENGTH`
 * characters with the extension kept; "file" when nothing is left.
 */
export function uploadName(name: string, max = MAX_FILE_NAME_LENGTH): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/\p{Cc}/gu, '').trim();
  if (base === '') return 'file';
  const chars = [...base];
  if (chars.length <= max) return base;
  const extension = fileExtension(base);
  const suffix = extension === null || extension.length + 1 >= max ? '' : `.${extension}`;
  const stem = chars.slice(0, chars.length - suffix.length);
  return `${stem
    .slice(0, max - suffix.length)
    .join('')
    .trimEnd()}${suffix}`;
}

/** Why an image cannot be put in the text: not an accepted image type, too large, or empty. */
export type ImageProblem = 'type' | 'size' | 'empty';

/** Checks an image for the editor before uploading it; null when it may be uploaded. */
export function imageProblem(
  file: { readonly name: string; readonly type: string; readonly size: number },
  maxBytes = MAX_IMAGE_BYTES,
): ImageProblem | null {
  if (!IMAGE_TYPES.includes(contentTypeOf(file))) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return null;
}

/** True for a file that the editor would take as an image (by type or extension). */
export function isImageFile(file: { readonly name: string; readonly type: string }): boolean {
  return contentTypeOf(file).startsWith('image/');
}

/** Bytes per unit; kB, MB and GB as binary multiples, the way sizes are shown here. */
const UNIT_BYTES: Readonly<Record<string, number>> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: KIB,
  kib: KIB,
  mb: MIB,
  mib: MIB,
  gb: GIB,
  gib: GIB,
};

/**
 * The size limit a server message names ("larger than 52428800 bytes", "at most 50 MB"), in
 * bytes, or null when it names none.
 */
export function byteLimitIn(message: string): number | null {
  const match = /(\d+(?:[.,]\d+)?)\s*(bytes?|b|kib|kb|mib|mb|gib|gb)\b/i.exec(message);
  if (match === null) return null;
  const amount = Number((match[1] ?? '').replace(',', '.'));
  const factor = UNIT_BYTES[(match[2] ?? '').toLowerCase()];
  if (!Number.isFinite(amount) || amount <= 0 || factor === undefined) return null;
  return Math.round(amount * factor);
}
