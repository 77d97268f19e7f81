import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.js';
import { imageProblemMessage, uploadErrorMessage } from './uploadErrorMessage.js';

const t = ((key: string, options?: Record<string, unknown>) =>
  options === undefined ? key : `${key} ${JSON.stringify(options)}`) as unknown as TFunction;

const file = { name: 'big.pdf', type: 'application/pdf', size: 60 * 1024 * 1024 };
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('uploadErrorMessage', () => {
  it('names the limit of a too large file in MB when the server gives it', () => {
    const error = new ApiError(413, 'too_large', 'The file is larger than 52428800 bytes.');
    expect(plain(uploadErrorMessage(t, error, file, 'en'))).toBe(
      'files.errors.tooLarge {"name":"big.pdf","size":"60 MB","max":"50 MB"}',
    );
  });

  it("shows the server's message when it names no limit", () => {
    const error = new ApiError(413, 'too_large', 'Too big for this community.');
    expect(plain(uploadErrorMessage(t, error, file, 'en'))).toBe(
      'files.errors.tooLargeNoLimit {"name":"big.pdf","size":"60 MB"} ' +
        'files.errors.serverSays {"message":"Too big for this community."}',
    );
  });

  it('understands a bare 413 from a proxy', () => {
    const error = new ApiError(413, 'internal', 'HTTP 413');
    expect(plain(uploadErrorMessage(t, error, file, 'en'))).toBe(
      'files.errors.tooLargeNoLimit {"name":"big.pdf","size":"60 MB"}',
    );
  });

  it('explains a type that is not accepted, with the extension', () => {
    const error = new ApiError(415, 'unsupported_type', 'HTTP 415');
    expect(uploadErrorMessage(t, error, { name: 'tool.exe', type: '', size: 1 }, 'en')).toBe(
      'files.errors.unsupportedType {"name":"tool.exe","type":".exe"}',
    );
    const typed = new ApiError(415, 'unsupported_type', 'Allowed: PDF, images.');
    expect(
      uploadErrorMessage(t, typed, { name: 'LICENSE', type: 'text/x-foo', size: 1 }, 'en'),
    ).toBe(
      'files.errors.unsupportedType {"name":"LICENSE","type":"text/x-foo"} ' +
        'files.errors.serverSays {"message":"Allowed: PDF, images."}',
    );
  });

  it('explains refusals and falls back to the general API message', () => {
    expect(uploadErrorMessage(t, new ApiError(403, 'forbidden', 'x'), file, 'en')).toBe(
      'files.errors.forbidden {"name":"big.pdf"}',
    );
    expect(uploadErrorMessage(t, new ApiError(404, 'not_found', 'x'), file, 'en')).toBe(
      'files.errors.notFound {"name":"big.pdf"}',
    );
    expect(uploadErrorMessage(t, new ApiError(0, 'network', 'x'), file, 'en')).toBe(
      'files.errors.other {"name":"big.pdf","message":"apiError.network"}',
    );
    expect(uploadErrorMessage(t, new Error('boom'), file, 'en')).toBe(
      'files.errors.other {"name":"big.pdf","message":"apiError.internal"}',
    );
  });
});

describe('imageProblemMessage', () => {
  it('names the image limit in MB', () => {
    const image = { name: 'photo.png', type: 'image/png', size: 12 * 1024 * 1024 };
    expect(plain(imageProblemMessage(t, 'size', image, 10 * 1024 * 1024, 'en'))).toBe(
      'imageInsert.errors.size {"name":"photo.png","size":"12 MB","max":"10 MB"}',
    );
    expect(imageProblemMessage(t, 'type', { ...image, name: 'x.svg' }, 1, 'en')).toBe(
      'imageInsert.errors.type {"name":"x.svg","type":".svg"}',
    );
  });
});
