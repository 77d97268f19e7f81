import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { ContributionLedger } from './ContributionLedger.js';

describe('ContributionLedger', () => {
  let temp: TempStorage;
  let db: MetaDatabase;
  let now = Date.parse('2026-03-01T10:00:00Z');
  beforeEach(async () => {
    temp = await createTempStorage();
    db = new MetaDatabase(temp.storage.database);
  });
  afterEach(() => temp.dispose());

  it('adds recorded amounts to the stored totals, keeping the first and last time', async () => {
    const ledger = new ContributionLedger(db, () => now);
    ledger.record('page', 'ada', 10);
    await ledger.flush();
    now += 60_000;
    ledger.record('page', 'ada', 5);
    ledger.record('page', 'bo', 3);
    await ledger.flush();

    const records = await ledger.forDocument('page');
    expect(records.map((r) => [r.userId, r.characters, r.changes])).toEqual([
      ['ada', 15, 2],
      ['bo', 3, 1],
    ]);
    expect(records[0]).toMatchObject({
      firstAt: '2026-03-01T10:00:00.000Z',
      lastAt: '2026-03-01T10:01:00.000Z',
    });
    expect((await ledger.forUser('bo')).map((r) => r.documentId)).toEqual(['page']);
  });

  it('keeps what a failed flush could not store for the next flush', async () => {
    const ledger = new ContributionLedger(db, () => now);
    ledger.record('page', 'ada', 7);
    const write = vi.spyOn(db, 'write').mockRejectedValueOnce(new Error('disk full'));
    await expect(ledger.flush()).rejects.toThrow('disk full');
    expect(ledger.hasPending).toBe(true);
    ledger.record('page', 'ada', 2);
    write.mockRestore();
    await ledger.flush();
    expect((await ledger.forDocument('page'))[0]).toMatchObject({ characters: 9, changes: 2 });
  });

  it('forgets a purged page, including what was not stored yet', async () => {
    const ledger = new ContributionLedger(db, () => now);
    ledger.record('page', 'ada', 4);
    await ledger.flush();
    ledger.record('page', 'bo', 4);
    ledger.record('other', 'bo', 1);
    await ledger.purge('page');
    expect(await ledger.forDocument('page')).toEqual([]);
    expect((await ledger.forUser('bo')).map((r) => r.documentId)).toEqual(['other']);
  });
});
