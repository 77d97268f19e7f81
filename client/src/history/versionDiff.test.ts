import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.js';
import { diffVersions, type ChangedBlock, type VersionDiff } from './versionDiff.js';
import type { DiffPart } from './wordDiff.js';

const p = (text: string): Block => ({ kind: 'paragraph', level: 0, text });
const paragraphs = (...texts: string[]) => texts.map(p);

const marked = (parts: readonly DiffPart[]) =>
  parts
    .map(({ kind, text }) =>
      kind === 'same' ? text : kind === 'added' ? `{+${text}}` : `{-${text}}`,
    )
    .join('');

const side = (sign: string, blocks: readonly ChangedBlock[], edited: boolean) =>
  blocks.map(
    (block) =>
      `${sign}${block.moved ? '(moved)' : ''} ${edited ? marked(block.parts) : block.block.text}`,
  );

/** One line per passage part: "= n" for unchanged runs, "- …"/"+ …" for changed blocks. */
function show(diff: VersionDiff): string[] {
  return diff.passages.flatMap((passage) =>
    passage.kind === 'same'
      ? [`= ${passage.blocks.length}`]
      : [
          ...side(passage.edited ? '~-' : '-', passage.removed, passage.edited),
          ...side(passage.edited ? '~+' : '+', passage.added, passage.edited),
        ],
  );
}

describe('diffVersions', () => {
  it('reports no passages of change for equal texts', () => {
    const diff = diffVersions(paragraphs('a', 'b'), paragraphs('a', 'b'));
    expect(show(diff)).toEqual(['= 2']);
    expect(diff.counts).toEqual({ edited: 0, added: 0, removed: 0, moved: 0 });
  });

  it('shows an edited paragraph as the old passage then the new one, words marked', () => {
    const diff = diffVersions(
      paragraphs('Titel', 'De raad besluit vandaag over de nota.', 'Slot'),
      paragraphs('Titel', 'De raad besluit morgen over de nota.', 'Slot'),
    );
    expect(show(diff)).toEqual([
      '= 1',
      '~- De raad besluit {-vandaag} over de nota.',
      '~+ De raad besluit {+morgen} over de nota.',
      '= 1',
    ]);
    expect(diff.counts.edited).toBe(1);
  });

  it('shows inserted and deleted paragraphs whole, not as alternating words', () => {
    const diff = diffVersions(
      paragraphs('Een', 'Weg ermee', 'Twee', 'Drie'),
      paragraphs('Een', 'Twee', 'Helemaal nieuw stuk tekst', 'Drie'),
    );
    expect(show(diff)).toEqual(['= 1', '- Weg ermee', '= 1', '+ Helemaal nieuw stuk tekst', '= 1']);
    expect(diff.counts).toEqual({ edited: 0, added: 1, removed: 1, moved: 0 });
  });

  it('reads a rewritten paragraph as removed then added, without word marks', () => {
    const diff = diffVersions(
      paragraphs('Kop', 'Het college stemt in met het voorstel.'),
      paragraphs('Kop', 'Iedereen gaat vandaag vroeg naar huis!'),
    );
    expect(show(diff)).toEqual([
      '= 1',
      '- Het college stemt in met het voorstel.',
      '+ Iedereen gaat vandaag vroeg naar huis!',
    ]);
  });

  it('pairs an edited paragraph even when a new one was inserted before it', () => {
    const diff = diffVersions(
      paragraphs('Begin', 'De termijn is zes weken na ontvangst.'),
      paragraphs(
        'Begin',
        'Een ingevoegde alinea zonder verband.',
        'De termijn is acht weken na ontvangst.',
      ),
    );
    expect(show(diff)).toEqual([
      '= 1',
      '+ Een ingevoegde alinea zonder verband.',
      '~- De termijn is {-zes} weken na ontvangst.',
      '~+ De termijn is {+acht} weken na ontvangst.',
    ]);
  });

  it('marks a moved paragraph on both sides', () => {
    const diff = diffVersions(
      paragraphs('Een', 'Twee', 'Drie', 'Vier'),
      paragraphs('Twee', 'Drie', 'Vier', 'Een'),
    );
    expect(show(diff)).toEqual(['-(moved) Een', '= 3', '+(moved) Een']);
    expect(diff.counts).toEqual({ edited: 0, added: 0, removed: 0, moved: 1 });
  });

  it('does not count whitespace or a change of kind as the same block', () => {
    const heading: Block = { kind: 'heading', level: 2, text: 'Een' };
    const diff = diffVersions(paragraphs('Een', 'Twee'), [heading, p('Twee')]);
    expect(show(diff)).toEqual(['- Een', '+ Een', '= 1']);
  });

  it('reports every change of a 2,000-paragraph document, quickly', () => {
    const before = Array.from(
      { length: 2000 },
      (_, i) => `Alinea ${i} gaat over het beleid en de uitvoering daarvan, deel ${i}.`,
    );
    const after = before
      .map((text, i) => (i % 20 === 0 ? text.replace('beleid', 'nieuwe beleid') : text))
      .filter((_, i) => i % 50 !== 7);
    after.splice(1000, 0, 'Een nieuwe alinea in het midden.');
    const started = performance.now();
    const diff = diffVersions(paragraphs(...before), paragraphs(...after));
    const elapsed = performance.now() - started;
    expect(diff.coarse).toBe(false);
    expect(diff.counts).toEqual({ edited: 100, added: 1, removed: 40, moved: 0 });
    expect(elapsed).toBeLessThan(1000);
  });

  it('stays fast and complete when every paragraph of 2,000 was rewritten', () => {
    const before = Array.from({ length: 2000 }, (_, i) => `Oude alinea nummer ${i}.`);
    const after = Array.from({ length: 2000 }, (_, i) => `Geheel andere zin, ${i * 7} keer.`);
    const started = performance.now();
    const diff = diffVersions(paragraphs(...before), paragraphs(...after));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diff.counts.removed + diff.counts.edited).toBe(2000);
    expect(diff.counts.added + diff.counts.edited).toBe(2000);
  });

  it('says so when a reshuffle is too costly to match block by block, still listing all', () => {
    const before = Array.from({ length: 60 }, (_, i) => `Blok ${i}`);
    const after = [...before].reverse();
    const diff = diffVersions(paragraphs(...before), paragraphs(...after), 10);
    expect(diff.coarse).toBe(true);
    const removed = diff.passages.flatMap((q) => (q.kind === 'changed' ? q.removed : []));
    const added = diff.passages.flatMap((q) => (q.kind === 'changed' ? q.added : []));
    expect(removed.length).toBe(60);
    expect(added.length).toBe(60);
    expect(removed.every((block) => block.moved)).toBe(true);
  });
});
