import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempStorage, type TempStorage } from '../../testing/tempStorage.js';
import { MetaDatabase } from './MetaDatabase.js';
import { PointCache } from './PointCache.js';

describe('PointCache', () => {
  it('does not keep a value read while a write to its table was under way', async () => {
    const cache = new PointCache(['users']);
    let release!: (value: string) => void;
    const racingRead = cache.get(
      'users',
      'u1',
      () => new Promise<string>((resolve) => (release = resolve)),
    );
    cache.invalidate(new Set(['users']));
    release('old name');
    expect(await racingRead).toBe('old name');
    expect(await cache.get('users', 'u1', () => Promise.resolve('new name'))).toBe('new name');
  });

  it('reads uncached tables every time', async () => {
    const cache = new PointCache(['users']);
    await cache.get('other', 'k', () => Promise.resolve('a'));
    expect(await cache.get('other', 'k', () => Promise.resolve('b'))).toBe('b');
  });
});

describe('MetaDatabase with cached tables', () => {
  let temp: TempStorage;
  beforeEach(async () => {
    temp = await createTempStorage();
  });
  afterEach(() => temp.dispose());

  it('serves cached point reads and sees every write', async () => {
    const db = new MetaDatabase(temp.storage.database, ['users']);
    expect(await db.get('users', 'u1')).toBeUndefined();
    await db.write([{ type: 'put', table: 'users', key: 'u1', value: { name: 'Anna' } }]);
    expect(await db.get('users', 'u1')).toEqual({ name: 'Anna' });
    await db.write([{ type: 'put', table: 'users', key: 'u1', value: { name: 'Bram' } }]);
    expect(await db.get('users', 'u1')).toEqual({ name: 'Bram' });
    await db.write([{ type: 'del', table: 'users', key: 'u1' }]);
    expect(await db.get('users', 'u1')).toBeUndefined();
  });
});
