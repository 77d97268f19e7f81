import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchIndex } from './SearchIndex.js';
import { SearchIndexFile } from './SearchIndexFile.js';
import { SEARCH_INDEX_VERSION } from './searchIndexSnapshot.js';

const everyone = { allowed: () => true };

function sampleIndex(body = 'Kwantumsleuteldistributie over glasvezel.'): SearchIndex {
  const index = SearchIndex.empty();
  index.upsert({
    id: 'doc-1',
    communityId: 'quantum',
    title: 'QKD',
    body,
    tags: ['netwerk'],
    authorIds: ['u-bram'],
    updatedAt: '2026-07-07T10:00:00.000Z',
  });
  return index;
}

describe('SearchIndexFile', () => {
  let dataDir: string;
  let file: SearchIndexFile;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kring-search-'));
    file = SearchIndexFile.inDataDir(dataDir);
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lives at DATA_DIR/search/index.json', () => {
    expect(file.path).toBe(join(dataDir, 'search', 'index.json'));
  });

  it('loads null when there is no snapshot yet', async () => {
    expect(await file.load()).toBeNull();
  });

  it('saves a snapshot that loads into an index answering the same', async () => {
    const index = sampleIndex();
    await file.save(index);
    const loaded = await file.load();
    expect(loaded?.size).toBe(1);
    expect(loaded?.search('glasvezel', everyone)).toEqual(index.search('glasvezel', everyone));
    expect(await readdir(dirname(file.path))).toEqual(['index.json']); // no temporary file left
  });

  it('keeps the last of several saves, in call order', async () => {
    await Promise.all([
      file.save(sampleIndex('eerste versie')),
      file.save(sampleIndex('tweede versie')),
      file.save(sampleIndex('derde versie')),
    ]);
    const loaded = await file.load();
    expect(loaded?.search('derde', everyone).total).toBe(1);
    expect(loaded?.search('eerste', everyone).total).toBe(0);
  });

  it('loads null, without throwing, for a corrupt, truncated or outdated file', async () => {
    await file.save(sampleIndex());
    const good = await readFile(file.path, 'utf8');
    for (const bad of [
      'not json at all',
      good.slice(0, good.length / 2),
      '',
      JSON.stringify({ ...JSON.parse(good), version: SEARCH_INDEX_VERSION + 1 }),
      JSON.stringify({ version: SEARCH_INDEX_VERSION, entries: [], engine: { nonsense: true } }),
    ]) {
      await writeFile(file.path, bad);
      expect(await file.load()).toBeNull();
    }
  });

  it('loads null when the path is not a readable file', async () => {
    await mkdir(file.path, { recursive: true }); // a folder where the file should be
    expect(await file.load()).toBeNull();
  });

  it('removes temporary files that an interrupted save left behind', async () => {
    await file.save(sampleIndex());
    const leftover = `${file.path}.0000.tmp`;
    await writeFile(leftover, '{"half": ');
    expect(await file.load()).not.toBeNull();
    expect(await readdir(dirname(file.path))).toEqual(['index.json']);
  });
});
