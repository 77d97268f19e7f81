import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipMarkdownFolder } from './folderArchive.js';

const file = (path: string, text: string) => ({
  path,
  bytes: () => Promise.resolve(new TextEncoder().encode(text)),
});

describe('zipMarkdownFolder', () => {
  it('packs only the Markdown files, keeping their folders', async () => {
    const packed = await zipMarkdownFolder([
      file('Handboek/Intro.md', '# Intro'),
      file('Handboek/Privacy/PET.markdown', '# PET'),
      file('Handboek/logo.png', 'png'),
    ]);
    expect(packed?.name).toBe('Handboek.zip');
    const entries = unzipSync(packed!.zip);
    expect(Object.keys(entries).sort()).toEqual([
      'Handboek/Intro.md',
      'Handboek/Privacy/PET.markdown',
    ]);
    expect(strFromU8(entries['Handboek/Intro.md']!)).toBe('# Intro');
  });

  it('gives null for a folder without Markdown', async () => {
    expect(await zipMarkdownFolder([file('Foto/a.png', 'x')])).toBeNull();
  });
});
