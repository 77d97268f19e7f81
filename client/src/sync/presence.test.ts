import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { distinctPeople, PresenceStore, presentPeople } from './presence.js';

describe('presence', () => {
  it('lists valid users with self first and skips malformed states', () => {
    const states = new Map<number, unknown>([
      [3, { user: { name: 'Bram', color: '#154273' } }],
      [1, { user: { name: 'Zoë', color: '#01689b' } }],
      [2, { user: { name: 'Anna', color: 'red;background:url(x)' } }],
      [4, {}],
    ]);
    expect(presentPeople(states, 1).map((p) => [p.name, p.isSelf])).toEqual([
      ['Zoë', true],
      ['Bram', false],
    ]);
  });

  it('keeps the snapshot object while nothing changes', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const store = new PresenceStore(awareness);
    awareness.setLocalStateField('user', { name: 'Anna', color: '#154273' });
    const first = store.getSnapshot();
    expect(first).toHaveLength(1);
    awareness.setLocalStateField('cursor', null);
    expect(store.getSnapshot()).toBe(first);
    store.dispose();
    awareness.destroy();
  });

  it('shows a person with two tabs open once, keeping this tab', () => {
    const people = presentPeople(
      new Map<number, unknown>([
        [1, { user: { name: 'Anna', color: '#1f77b4' } }],
        [2, { user: { name: 'Anna', color: '#1f77b4' } }],
        [3, { user: { name: 'Bram', color: '#d62728' } }],
      ]),
      2,
    );
    expect(distinctPeople(people).map((p) => [p.name, p.clientId])).toEqual([
      ['Anna', 2],
      ['Bram', 3],
    ]);
  });
});
