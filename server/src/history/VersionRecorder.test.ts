import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { ManualClock } from '../testing/ManualClock.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { VersionRecorder } from './VersionRecorder.js';

const MINUTE_MS = 60_000;

describe('VersionRecorder intervals', () => {
  let temp: TempStorage;
  let services: Services;
  let clock: ManualClock;
  let recorder: VersionRecorder;
  const doc = new Y.Doc();

  beforeEach(async () => {
    temp = await createTempStorage();
    clock = new ManualClock();
    services = createServices(temp.storage.database, {
      passwordHashCost: 4,
      storage: temp.storage,
      now: () => clock.now(),
    });
    recorder = new VersionRecorder(services.versions, createLogger('silent'), 10, clock);
  });
  afterEach(async () => {
    await recorder.whenRecorded();
    await temp.dispose();
  });

  it('records at most one automatic version per interval while editing goes on', async () => {
    recorder.changed('minutes', 'eva');
    clock.advance(10 * MINUTE_MS - 1);
    recorder.observe('minutes', doc, false);
    await recorder.whenRecorded();
    expect(await services.versions.latest('minutes')).toBeUndefined();

    clock.advance(1);
    recorder.observe('minutes', doc, false);
    await recorder.whenRecorded();
    const first = await services.versions.latest('minutes');
    expect(first).toMatchObject({
      kind: 'auto',
      authorIds: ['eva'],
      createdAt: new Date(clock.now()).toISOString(),
    });

    // The interval starts again from that version.
    recorder.changed('minutes', 'bram');
    clock.advance(5 * MINUTE_MS);
    recorder.observe('minutes', doc, false);
    await recorder.whenRecorded();
    expect((await services.versions.latest('minutes'))?.id).toBe(first!.id);
  });

  it('records when the editing session ends, however soon', async () => {
    recorder.changed('minutes', 'eva');
    clock.advance(MINUTE_MS);
    recorder.observe('minutes', doc, true);
    await recorder.whenRecorded();
    expect(await services.versions.latest('minutes')).toMatchObject({
      kind: 'auto',
      authorIds: ['eva'],
      createdAt: new Date(clock.now()).toISOString(),
    });
  });
});
