import { describe, expect, it } from 'vitest';
import { layoutMap, MAP_GEOMETRY } from './mapLayout.js';

const organisations = (count: number, members = 2, contacts = 0) =>
  Array.from({ length: count }, (_, index) => ({ key: `o${index}`, members, contacts }));

describe('layoutMap', () => {
  it('places organisations in reading order, as many columns as fit', () => {
    const layout = layoutMap(organisations(5), 700);
    expect(layout.columns).toBe(4);
    expect(layout.organisations.map((o) => [o.key, o.row, o.column])).toEqual([
      ['o0', 0, 0],
      ['o1', 0, 1],
      ['o2', 0, 2],
      ['o3', 0, 3],
      ['o4', 1, 0],
    ]);
    expect(layout.height).toBe(2 * MAP_GEOMETRY.cellHeight);
    expect(layout.organisations[0]?.x).toBe(87.5);
    expect(layout.organisations[4]?.y).toBe(
      (layout.organisations[0]?.y ?? 0) + MAP_GEOMETRY.cellHeight,
    );
  });

  it('fits a phone with two columns and never goes wider than it is given', () => {
    const layout = layoutMap(organisations(3), 350);
    expect(layout.columns).toBe(2);
    expect(layout.width).toBe(350);
    for (const organisation of layout.organisations) {
      for (const person of organisation.satellites) {
        expect(person.x - MAP_GEOMETRY.satelliteRadius).toBeGreaterThanOrEqual(0);
        expect(person.x + MAP_GEOMETRY.satelliteRadius).toBeLessThanOrEqual(350);
        expect(person.y - MAP_GEOMETRY.satelliteRadius).toBeGreaterThanOrEqual(0);
      }
      expect(organisation.labelY + MAP_GEOMETRY.labelLineHeight).toBeLessThanOrEqual(layout.height);
    }
  });

  it('centres a single organisation and keeps one column on a very narrow screen', () => {
    expect(layoutMap(organisations(1), 900).organisations[0]?.x).toBe(450);
    const narrow = layoutMap(organisations(2), 120);
    expect(narrow.columns).toBe(1);
    expect(narrow.width).toBe(MAP_GEOMETRY.minCellWidth);
  });

  it('puts members, then contacts, on a ring clockwise from the top', () => {
    const [only] = layoutMap([{ key: 'a', members: 2, contacts: 2 }], 400).organisations;
    expect(only?.satellites.map((s) => [s.kind, s.index])).toEqual([
      ['member', 0],
      ['member', 1],
      ['contact', 0],
      ['contact', 1],
    ]);
    const [top, right] = only?.satellites ?? [];
    expect(top).toMatchObject({ x: only?.x, y: (only?.y ?? 0) - MAP_GEOMETRY.ringRadius });
    expect(right).toMatchObject({ x: (only?.x ?? 0) + MAP_GEOMETRY.ringRadius, y: only?.y });
    for (const person of only?.satellites ?? []) {
      const distance = Math.hypot(person.x - (only?.x ?? 0), person.y - (only?.y ?? 0));
      expect(distance).toBeCloseTo(MAP_GEOMETRY.ringRadius, 1);
    }
  });

  it('draws at most a full ring of people and counts the rest', () => {
    const [crowded] = layoutMap([{ key: 'a', members: 20, contacts: 3 }], 400).organisations;
    expect(crowded?.satellites).toHaveLength(MAP_GEOMETRY.maxSatellites);
    expect(crowded?.hiddenPeople).toBe(23 - MAP_GEOMETRY.maxSatellites);
  });

  it('is deterministic and handles an empty map', () => {
    expect(layoutMap(organisations(7, 3, 1), 640)).toEqual(layoutMap(organisations(7, 3, 1), 640));
    expect(layoutMap([], 640)).toEqual({ width: 640, height: 0, columns: 1, organisations: [] });
  });
});
