import type { NodeJson } from './docJson.js';

/** An image file a page shows, read from the file store for an export. */
export interface ImageFile {
  /** The `src` the page uses (`/api/files/<id>`). */
  readonly src: string;
  readonly contentType: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What to do with images on other sites (`https://…`), which load when the export is opened. */
export type ExternalImages = 'keep' | 'drop';

const EXTERNAL = /^https?:/i;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,([a-z0-9+/=\s]*)$/i;

function mapImages(node: NodeJson, change: (image: NodeJson) => NodeJson | null): NodeJson | null {
  if (node.type === 'image') return change(node);
  if (!node.content) return node;
  const content = node.content
    .map((child) => mapImages(child, change))
    .filter((child): child is NodeJson => child !== null);
  return { ...node, content };
}

/** The `src` of every image in a document, in order, without duplicates. */
export function imageSources(doc: NodeJson): string[] {
  const found = new Set<string>();
  mapImages(doc, (image) => {
    const src = image.attrs?.['src'];
    if (typeof src === 'string') found.add(src);
    return image;
  });
  return [...found];
}

/** Drops images on other sites when asked to. */
export function withoutExternalImages(doc: NodeJson, external: ExternalImages): NodeJson {
  if (external === 'keep') return doc;
  return (
    mapImages(doc, (image) => (EXTERNAL.test(String(image.attrs?.['src'] ?? '')) ? null : image)) ??
    doc
  );
}

/** Points images at other sources: `src` → `sources.get(src)`, others unchanged. */
export function withImageSources(doc: NodeJson, sources: ReadonlyMap<string, string>): NodeJson {
  return (
    mapImages(doc, (image) => {
      const src = sources.get(String(image.attrs?.['src'] ?? ''));
      return src === undefined ? image : { ...image, attrs: { ...image.attrs, src } };
    }) ?? doc
  );
}

/** Images embedded as `data:` URIs, so an exported HTML or DOCX file carries them. */
export function embedImages(doc: NodeJson, files: readonly ImageFile[]): NodeJson {
  const sources = new Map(
    files.map((file) => [
      file.src,
      `data:${file.contentType};base64,${Buffer.from(file.bytes).toString('base64')}`,
    ]),
  );
  return withImageSources(doc, sources);
}

/** A raster `data:` image: its type (as the `docx` package names it) and bytes. */
export function decodeDataImage(
  src: string,
): { readonly type: 'png' | 'jpg' | 'gif'; readonly bytes: Buffer } | null {
  const match = DATA_IMAGE.exec(src);
  if (!match) return null;
  const kind = match[1]!.toLowerCase();
  if (kind === 'webp') return null;
  const type = kind === 'jpeg' ? 'jpg' : (kind as 'png' | 'gif');
  return { type, bytes: Buffer.from(match[2]!.replace(/\s/g, ''), 'base64') };
}

/** Pixel size of a PNG, GIF or JPEG from its header, or null when it cannot be read. */
export function imageSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 3) === 'GIF') {
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1]!;
      const length = bytes.readUInt16BE(offset + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { width: bytes.readUInt16BE(offset + 7), height: bytes.readUInt16BE(offset + 5) };
      }
      offset += 2 + length;
    }
  }
  return null;
}
