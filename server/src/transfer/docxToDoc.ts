import mammoth from 'mammoth';
import type { ImportedDocument } from './docJson.js';
import { htmlToDoc } from './htmlToDoc.js';
import { MAX_INLINE_IMAGE_BYTES, MAX_UPLOAD_BYTES } from './limits.js';
import { TransferError } from './TransferError.js';
import { readZip, writeZip } from './zipArchive.js';

/** Word styles mapped on top of mammoth's defaults (headings, lists, tables, links). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Code'] => pre:separator('\\n')",
  "p[style-name='HTML Preformatted'] => pre:separator('\\n')",
  "r[style-name='Code Char'] => code",
  "r[style-name='HTML Code'] => code",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** Base64 images up to the limit stay inline as `data:` URIs; larger ones are left out. */
const convertImage = mammoth.images.imgElement(async (image) => {
  const data = await image.readAsBase64String();
  if ((data.length * 3) / 4 > MAX_INLINE_IMAGE_BYTES) return { src: '' };
  return { src: `data:${image.contentType};base64,${data}` };
});

/**
 * Imports a DOCX file: mammoth turns it into semantic HTML (headings from Heading/Title styles,
 * lists from numbering, tables, links, bold/italic/underline/strike, images), which
 * {@link htmlToDoc} maps to the Kring schema. The Title style, or a leading Heading 1, becomes the
 * title. Files linked from the DOCX are never read; the archive is unpacked within the zip limits
 * first (against zip bombs).
 * @throws TransferError `too_large` above {@link MAX_UPLOAD_BYTES} or when it expands too much;
 * `too_many_files`; `invalid_docx` when the file is not a readable DOCX.
 */
export async function docxToDoc(buffer: Uint8Array): Promise<ImportedDocument> {
  if (buffer.byteLength > MAX_UPLOAD_BYTES) {
    throw new TransferError('too_large', `DOCX larger than ${MAX_UPLOAD_BYTES} bytes.`);
  }
  // Unpack with our limits and repack uncompressed: mammoth (JSZip) would trust the archive.
  let checked: Buffer;
  try {
    checked = writeZip(readZip(buffer), { store: true });
  } catch (error) {
    if (error instanceof TransferError && error.code === 'invalid_archive') {
      throw new TransferError('invalid_docx', 'Not a readable DOCX file (not a zip archive).');
    }
    throw error;
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: checked },
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new TransferError('invalid_docx', `Not a readable DOCX file (${reason}).`);
  }
  return htmlToDoc(html);
}
