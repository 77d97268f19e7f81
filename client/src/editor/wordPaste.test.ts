import { describe, expect, it } from 'vitest';
import { isOrderedMarker, planWordLists, wordListLevel, type ListPlan } from './wordPaste.js';

const show = (plans: readonly ListPlan[]): string =>
  plans
    .map(
      (plan) =>
        `${plan.ordered ? 'ol' : 'ul'}[${plan.items
          .map(({ index, children }) => `${index}${children.length ? show(children) : ''}`)
          .join(',')}]`,
    )
    .join('');

describe('Word list markers and levels', () => {
  it('tells numbers from bullets', () => {
    for (const marker of ['1.', '12)', 'a.', '(b)', 'iv.', ' 3. ']) {
      expect(isOrderedMarker(marker), marker).toBe(true);
    }
    for (const marker of ['·', 'o', '§', '•', '-', '']) {
      expect(isOrderedMarker(marker), marker).toBe(false);
    }
  });

  it('reads the level from the mso-list style', () => {
    expect(wordListLevel('margin-left:36pt;mso-list:l0 level2 lfo1')).toBe(2);
    expect(wordListLevel('mso-list:l1 level1 lfo2')).toBe(1);
    expect(wordListLevel('color:red')).toBe(1);
  });
});

describe('planWordLists', () => {
  it('nests deeper paragraphs in the previous item', () => {
    const plan = planWordLists([
      { level: 1, ordered: true },
      { level: 2, ordered: false },
      { level: 2, ordered: false },
      { level: 1, ordered: true },
      { level: 3, ordered: false },
    ]);
    expect(show(plan)).toBe('ol[0ul[1,2],3ul[4]]');
  });

  it('starts a new list when the kind of marker changes', () => {
    const plan = planWordLists([
      { level: 1, ordered: false },
      { level: 1, ordered: true },
    ]);
    expect(show(plan)).toBe('ul[0]ol[1]');
  });

  it('treats a first paragraph deeper than 1 as the top level', () => {
    expect(
      show(
        planWordLists([
          { level: 2, ordered: false },
          { level: 1, ordered: false },
        ]),
      ),
    ).toBe('ul[0,1]');
  });
});
