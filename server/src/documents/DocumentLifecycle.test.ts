import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import { TABLES } from '../storage/meta/tables.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { DocumentLifecycle } from './DocumentLifecycle.js';

describe('DocumentLifecycle', () => {
  let temp: TempStorage;
  let db: MetaDatabase;
  let lifecycle: DocumentLifecycle;
  const purged: string[] = [];
  let finished = 0;

  const markPending = (id: string) => db.write([lifecycle.pendingOperation(id)]);

  beforeEach(async () => {
    temp = await createTempStorage();
    db = new MetaDatabase(temp.storage.database);
    lifecycle = new DocumentLifecycle(db);
    purged.length = 0;
    finished = 0;
    lifecycle.afterPurge(() => Promise.resolve(void (finished += 1)));
  });
  afterEach(() => temp.dispose());

  it('runs every registered step for each pending document, then the final steps once', async () => {
    lifecycle.onPurge('versions', (id) => Promise.resolve(void purged.push(`versions:${id}`)));
    lifecycle.onPurge('links', (id) => Promise.resolve(void purged.push(`links:${id}`)));
    await markPending('a');
    await markPending('b');
    await lifecycle.resume();
    expect(purged).toEqual(['versions:a', 'links:a', 'versions:b', 'links:b']);
    expect(finished).toBe(1);
    expect(await db.list(TABLES.purges)).toEqual([]);
    await lifecycle.resume();
    expect(finished).toBe(1);
  });

  it('keeps a purge pending when a step fails, runs the other steps, and finishes it next time', async () => {
    let failing = true;
    lifecycle.onPurge('files', (id) =>
      failing ? Promise.reject(new Error('disk busy')) : Promise.resolve(void purged.push(id)),
    );
    lifecycle.onPurge('links', (id) => Promise.resolve(void purged.push(`links:${id}`)));
    await markPending('a');
    await expect(lifecycle.resume()).rejects.toThrow('purge step "files" failed');
    expect(purged).toEqual(['links:a']);
    expect(await db.list(TABLES.purges)).toEqual(['a']);
    failing = false;
    await lifecycle.resume();
    expect(purged).toEqual(['links:a', 'a', 'links:a']);
    expect(await db.list(TABLES.purges)).toEqual([]);
  });
});
