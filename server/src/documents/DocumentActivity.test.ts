import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createServices, type Services } from '../services.js';
import { TABLES } from '../storage/meta/tables.js';
import { ManualClock } from '../testing/ManualClock.js';
import { createTempStorage, type TempStorage } from '../testing/tempStorage.js';
import { ACTIVITY_DEBOUNCE_MS, DocumentActivity } from './DocumentActivity.js';

/** A loaded document linking to `/d/<target>`. */
function linkingDocument(id: string, target: string) {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  text.insert(0, 'zie', { link: { href: `/d/${target}` } });
  return { id, read: <T>(reader: (d: Y.Doc) => T) => reader(doc) };
}

describe('DocumentActivity debounce', () => {
  let temp: TempStorage;
  let services: Services;
  let clock: ManualClock;
  let activity: DocumentActivity;
  let written: string[];

  const linksFrom = (id: string) => services.meta.list<string>(TABLES.linksFrom, `${id}!`);

  beforeEach(async () => {
    temp = await createTempStorage();
    clock = new ManualClock();
    services = createServices(temp.storage.database, {
      passwordHashCost: 4,
      storage: temp.storage,
      now: () => clock.now(),
    });
    activity = new DocumentActivity(
      services.documents,
      services.links,
      createLogger('silent'),
      clock,
    );
    written = [];
    activity.afterWrite((id) => written.push(id));
  });
  afterEach(async () => {
    await activity.flush();
    await temp.dispose();
  });

  it('writes nothing before the debounce, then one write for a burst of changes', async () => {
    const document = linkingDocument('notes', 'target');
    activity.changed(document, 'eva');
    clock.advance(ACTIVITY_DEBOUNCE_MS / 2);
    activity.changed(document, 'eva');
    clock.advance(ACTIVITY_DEBOUNCE_MS / 2 - 1);
    expect(written).toEqual([]);
    expect(await linksFrom('notes')).toEqual([]);

    clock.advance(1);
    await activity.flush();
    expect(written).toEqual(['notes']);
    expect(await linksFrom('notes')).toEqual(['target']);
    expect(clock.pendingTimers).toBe(0);
  });

  it('flush writes at once and cancels the pending debounce', async () => {
    activity.changed(linkingDocument('notes', 'target'), null);
    expect(clock.pendingTimers).toBe(1);
    await activity.flush();
    expect(written).toEqual(['notes']);
    expect(clock.pendingTimers).toBe(0);
    clock.advance(ACTIVITY_DEBOUNCE_MS);
    await activity.flush();
    expect(written).toEqual(['notes']);
  });

  it('writes what a page holds after it was closed and opened again before the flush', async () => {
    // Closed once (its content read at unload), reopened and changed: the newer content counts.
    const closed = linkingDocument('notes', 'first');
    activity.changed(closed, 'eva');
    activity.unloading(closed);
    const reopened = linkingDocument('notes', 'second');
    activity.changed(reopened, 'eva');
    activity.unloading(reopened);
    await activity.flush();
    expect(await linksFrom('notes')).toEqual(['second']);

    // Closed, then reopened and changed, still open at the flush: read from the open page.
    activity.changed(reopened, 'eva');
    activity.unloading(reopened);
    activity.changed(linkingDocument('notes', 'third'), 'eva');
    await activity.flush();
    expect(await linksFrom('notes')).toEqual(['third']);
  });

  it('keeps the newer copy when an older copy of the page finishes unloading after it', async () => {
    // A copy loaded briefly (e.g. to answer an offline pull) unloads while the page is opened
    // and edited again in a new copy: the old copy's content must not be written over the new.
    const older = linkingDocument('notes', 'old');
    const newer = linkingDocument('notes', 'new');
    activity.changed(newer, 'eva');
    activity.unloading(older);
    await activity.flush();
    expect(await linksFrom('notes')).toEqual(['new']);
  });
});
