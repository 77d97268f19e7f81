import { describe, expect, it } from 'vitest';
import { mentionCandidates, mentionQuery, mentionedIn } from './mentions.js';

const members = [
  { id: 'u1', name: 'Anna de Vries', organisation: 'BZK' },
  { id: 'u2', name: 'Jörg Müller', organisation: 'TNO' },
  { id: 'u3', name: 'Annelies', organisation: '' },
];

describe('mentions', () => {
  it('finds the @word before the caret, not an email address', () => {
    expect(mentionQuery('Vraag het @ann', 14)).toEqual({ start: 10, query: 'ann' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail anna@bzk.nl', 16)).toBeNull();
    expect(mentionQuery('Vraag het @ann nu', 17)).toBeNull();
  });

  it('suggests members by any part of their name, ignoring case and accents', () => {
    expect(mentionCandidates(members, 'ann').map((m) => m.id)).toEqual(['u1', 'u3']);
    expect(mentionCandidates(members, 'jorg').map((m) => m.id)).toEqual(['u2']);
  });

  it('names the members mentioned as @Name in a text', () => {
    expect(mentionedIn('Dank @Anna de Vries en @Jörg Müller!', members)).toEqual(['u1', 'u2']);
    expect(mentionedIn('Annelies weet het', members)).toEqual([]);
  });
});
