import { describe, expect, it } from 'vitest';
import { ConnectedPeople } from './ConnectedPeople.js';

describe('ConnectedPeople', () => {
  it('lists a person once per document, however many tabs they have open', () => {
    const people = new ConnectedPeople();
    people.add('doc-a', 'ann');
    people.add('doc-a', 'ann');
    people.add('doc-a', 'bob');
    expect(people.usersIn('doc-a')).toEqual(['ann', 'bob']);
    expect(people.documentIds()).toEqual(['doc-a']);
  });

  it('keeps a person until their last connection to the document closes', () => {
    const people = new ConnectedPeople();
    people.add('doc-a', 'ann');
    people.add('doc-a', 'ann');
    people.remove('doc-a', 'ann');
    expect(people.usersIn('doc-a')).toEqual(['ann']);
    people.remove('doc-a', 'ann');
    expect(people.usersIn('doc-a')).toEqual([]);
    expect(people.documentIds()).toEqual([]);
  });

  it('ignores removing someone who is not connected', () => {
    const people = new ConnectedPeople();
    people.remove('doc-a', 'ann');
    people.add('doc-b', 'bob');
    people.remove('doc-b', 'ann');
    expect(people.usersIn('doc-b')).toEqual(['bob']);
  });
});
