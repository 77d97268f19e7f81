import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDoc, type NodeJson } from './docJson.js';
import { docToMarkdown } from './docToMarkdown.js';
import { markdownToDoc } from './markdownToDoc.js';

// Property tests: whatever the text, Markdown export escapes it so that import reads it back.
/** More with FUZZ_RUNS=20000 when changing the writer. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 400);
const tricky = fc.constantFrom(...'ab1 *_[]()<>#`\\!~|&;-+=.:/"\'\t'.split(''));
/** Text without whitespace at its ends (Markdown trims that, by design). */
const plain = fc
  .string({ unit: tricky, minLength: 1, maxLength: 12 })
  .filter((s) => /^\S(.*\S)?$/.test(s));
/** Words with marks: starting and ending with a letter or digit (see the flanking rules). */
const word = fc
  .string({ unit: fc.constantFrom(...'ab1 *_[`~'.split('')), minLength: 1, maxLength: 6 })
  .filter((s) => /^[a-z0-9](.*[a-z0-9])?$/.test(s));
const marks = fc.subarray(['bold', 'italic', 'strike', 'code', 'link']);

function markJson(types: readonly string[]): NodeJson['marks'] {
  const kept = types.includes('code') ? ['code'] : types;
  return kept.map((type) =>
    type === 'link' ? { type, attrs: { href: 'https://example.org/x' } } : { type },
  );
}

function wrap(container: string, content: NodeJson[]): NodeJson {
  const paragraph = { type: 'paragraph', content };
  switch (container) {
    case 'heading':
      return { type: 'heading', attrs: { level: 2 }, content };
    case 'quote':
      return { type: 'blockquote', content: [paragraph] };
    case 'list':
      return { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph] }] };
    case 'table': {
      const row = (type: string): NodeJson => ({
        type: 'tableRow',
        content: [{ type, content: [paragraph] }],
      });
      return { type: 'table', content: [row('tableHeader'), row('tableCell')] };
    }
    default:
      return paragraph;
  }
}

function roundTrip(block: NodeJson): void {
  const doc = normalizeDoc({ type: 'doc', content: [block] });
  const markdown = docToMarkdown(doc);
  expect(markdownToDoc(markdown, { titleFromHeading: false }).doc, markdown).toEqual(doc);
}

describe('Markdown escaping (property-based)', () => {
  it('reads any plain text back in every kind of block, hard breaks included', () => {
    const container = fc.constantFrom('paragraph', 'heading', 'quote', 'list', 'table');
    fc.assert(
      fc.property(container, fc.array(plain, { minLength: 1, maxLength: 3 }), (where, lines) => {
        const breaks = where !== 'heading' && where !== 'table';
        const content = lines.flatMap((text, i): NodeJson[] => [
          ...(i > 0 ? [breaks ? { type: 'hardBreak' } : { type: 'text', text: ' ' }] : []),
          { type: 'text', text },
        ]);
        roundTrip(wrap(where, content));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads marked words back (bold, italic, strike, code, links)', () => {
    const node = fc.record({ text: word, marks });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 4 }), (nodes) => {
        const content = nodes.flatMap((node, i): NodeJson[] => [
          ...(i > 0 ? [{ type: 'text', text: ' ' }] : []),
          node.marks.length > 0
            ? { type: 'text', text: node.text, marks: markJson(node.marks) }
            : { type: 'text', text: node.text },
        ]);
        roundTrip(wrap('paragraph', content));
      }),
      { numRuns: RUNS },
    );
  });
});
