import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempStorage, type TempStorage } from '../../testing/tempStorage.js';
import { MetaDatabase } from './MetaDatabase.js';
import { TableCache } from './TableCache.js';

describe('TableCache', () => {
  let temp: TempStorage;
  let db: MetaDatabase;
  beforeEach(async () => {
    temp = await createTempStorage();
    db = new MetaDatabase(temp.storage.database);
  });
  afterEach(() => temp.dispose());

  const names = () => db.list<string>('things').then((values) => values.sort());

  it('serves the cached list until a write touches its table', async () => {
    const cache = new TableCache<string>(db, ['things']);
    await db.write([{ type: 'put', table: 'things', key: 'a', value: 'a' }]);
    expect(await cache.get('all', names)).toEqual(['a']);
    await db.write([{ type: 'put', table: 'other', key: 'x', value: 'x' }]);
    expect(await cache.get('all', () => Promise.resolve(['not asked']))).toEqual(['a']);
    await db.write([{ type: 'put', table: 'things', key: 'b', value: 'b' }]);
    expect(await cache.get('all', names)).toEqual(['a', 'b']);
  });

  it('does not keep what a read got while a write was under way', async () => {
    const cache = new TableCache<string>(db, ['things']);
    let release!: () => void;
    let hasRead!: () => void;
    const readDone = new Promise<void>((resolve) => (hasRead = resolve));
    const slowRead = cache.get('all', async () => {
      const before = await names();
      const held = new Promise<void>((resolve) => (release = resolve));
      hasRead();
      await held;
      return before;
    });
    await readDone;
    await db.write([{ type: 'put', table: 'things', key: 'c', value: 'c' }]);
    release();
    expect(await slowRead).toEqual([]);
    expect(await cache.get('all', names)).toEqual(['c']);
  });
});
