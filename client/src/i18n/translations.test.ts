import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function placeholdersOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') {
    return [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => `${prefix}:${m[1] ?? ''}`).sort();
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => placeholdersOf(child, `${prefix}.${key}`));
}

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keysOf(nl).sort()).toEqual(keysOf(en).sort());
  });

  it('use the same placeholders in Dutch and English', () => {
    expect(placeholdersOf(nl).sort()).toEqual(placeholdersOf(en).sort());
  });

  it('have no empty strings', () => {
    for (const [name, resource] of Object.entries({ en, nl })) {
      const empty = keysOf(resource).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => {
          return typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined;
        }, resource);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty, name).toEqual([]);
    }
  });
});
