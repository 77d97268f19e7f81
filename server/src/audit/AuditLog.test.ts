import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { AuditLog } from './AuditLog.js';

describe('AuditLog', () => {
  let temp: TempStorage;
  let db: MetaDatabase;
  beforeEach(async () => {
    temp = await createTempStorage();
    db = new MetaDatabase(temp.storage.database);
  });
  afterEach(() => temp.dispose());

  it('group-commits entries recorded at the same time and keeps every one of them', async () => {
    const log = new AuditLog(db);
    let listenerCalls = 0;
    db.onWrite(() => (listenerCalls += 1));

    await Promise.all(
      Array.from({ length: 20 }, (_, i) => log.record({ action: 'login', actorId: `user-${i}` })),
    );

    const entries = await log.list({ limit: 100 });
    expect(entries.map((entry) => entry.actorId).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `user-${i}`).sort(),
    );
    // Each write notifies twice; the first entry goes alone, the rest share one batch.
    expect(listenerCalls / 2).toBeLessThanOrEqual(2);
  });
});
