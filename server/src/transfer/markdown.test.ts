import { describe, expect, it } from 'vitest';
import { plainText, type NodeJson } from './docJson.js';
import { docToMarkdown } from './docToMarkdown.js';
import { MAX_UPLOAD_BYTES } from './limits.js';
import { markdownToDoc } from './markdownToDoc.js';
import { TransferError } from './TransferError.js';

const SAMPLE = `# Project plan

Intro with **bold**, *italic*, ~~strike~~, \`inline code\`, a [link](https://example.org/a_b?x=1&y=2 "Example")
and snake_case, 2 * 3 < 4, AT&amp;T.

## Lists

- one
- two
  - nested **bold**
    - deeper
  1. ordered inside
- three

3. starts at three
4. four

- [ ] todo
- [x] done
  - [ ] sub task

> A quote
>
> - with a list

### Code

~~~ts
const a: Array<string> = [];
\`\`\` a fence line inside

~~~

#### Table

| Name | Role | Count |
|:-----|:----:|------:|
| Ada | *lead* | 3 |
| [Bob](mailto:bob@example.org) | \`dev\` \\| ops | 4 |

##### Five

###### Six

![Diagram](https://example.org/d.png "The diagram")

---

Line one\\
line two
`;

function find(node: NodeJson, type: string): NodeJson[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => find(child, type))];
}

describe('Markdown import and export', () => {
  const imported = markdownToDoc(SAMPLE);

  it('takes the leading level-1 heading as the title', () => {
    expect(imported.title).toBe('Project plan');
    expect(find(imported.doc, 'heading').map((h) => h.attrs?.['level'])).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads marks, links, nested lists, task lists, tables and code blocks', () => {
    const { doc } = imported;
    const link = find(doc, 'text').find((t) => t.text === 'link');
    expect(link?.marks).toContainEqual(
      expect.objectContaining({
        type: 'link',
        attrs: expect.objectContaining({
          href: 'https://example.org/a_b?x=1&y=2',
          title: 'Example',
        }),
      }),
    );
    expect(find(doc, 'text').some((t) => t.text?.includes('2 * 3 < 4, AT&T.'))).toBe(true);
    const bullet = find(doc, 'bulletList')[0];
    expect(find(bullet ?? { type: 'x' }, 'bulletList')).toHaveLength(3);
    expect(find(doc, 'orderedList').map((l) => l.attrs?.['start'])).toEqual([1, 3]);
    const tasks = find(doc, 'taskItem');
    expect(
      tasks.map((t) => [t.attrs?.['checked'], plainText(t.content?.[0] ?? { type: 'x' })]),
    ).toEqual([
      [false, 'todo'],
      [true, 'done'],
      [false, 'sub task'],
    ]);
    const code = find(doc, 'codeBlock')[0];
    expect(code?.attrs?.['language']).toBe('ts');
    expect(plainText(code ?? { type: 'x' })).toBe(
      'const a: Array<string> = [];\n``` a fence line inside\n',
    );
    const table = find(doc, 'table')[0] ?? { type: 'x' };
    expect(find(table, 'tableHeader').map(plainText)).toEqual(['Name', 'Role', 'Count']);
    expect(find(table, 'tableCell').map(plainText)).toEqual([
      'Ada',
      'lead',
      '3',
      'Bob',
      'dev | ops',
      '4',
    ]);
    expect(find(table, 'tableHeader').map((c) => c.attrs?.['align'])).toEqual([
      'left',
      'center',
      'right',
    ]);
    expect(find(doc, 'image')[0]?.attrs).toMatchObject({
      src: 'https://example.org/d.png',
      alt: 'Diagram',
      title: 'The diagram',
    });
    expect(find(doc, 'hardBreak')).toHaveLength(1);
    expect(find(find(doc, 'blockquote')[0] ?? { type: 'x' }, 'bulletList')).toHaveLength(1);
  });

  it('round-trips: Markdown → doc → Markdown → doc gives the same document and text', () => {
    const markdown = docToMarkdown(imported.doc, imported.title);
    const again = markdownToDoc(markdown);
    expect(again).toEqual(imported);
    expect(docToMarkdown(again.doc, again.title)).toBe(markdown);
  });

  it('writes readable GFM', () => {
    const markdown = docToMarkdown(imported.doc, imported.title);
    expect(markdown).toContain('# Project plan\n');
    expect(markdown).toContain('- two\n  - nested **bold**\n    - deeper');
    expect(markdown).toContain('- [ ] todo\n- [x] done\n  - [ ] sub task');
    expect(markdown).toContain('| Name | Role | Count |\n| :--- | :---: | ---: |');
    expect(markdown).toContain('````ts\n');
    expect(markdown).toContain('[link](https://example.org/a_b?x=1&y=2 "Example")');
    expect(markdown).toContain('snake_case');
  });

  it.each([
    ['emphasis next to spaces and punctuation', '**bold** *it* and ***both***, **a** b'],
    [
      'text that looks like syntax',
      '\\# not a heading\n\n1\\. not a list\n\n\\- not a bullet\n\n\\*not em\\* \\[x\\] \\<b\\> \\`c\\`',
    ],
    ['two lists in a row', '- a\n- b\n\n* c\n\n1. x\n\n1) y'],
    ['a list item that starts with a code block', '-\n  ```\n  code\n  ```\n- next'],
    [
      'links with spaces and brackets in the target',
      '[a](<https://x.org/a b> "t") [b](https://x.org/(c))',
    ],
    ['a link around marked text', '[plain **bold** `code`](https://x.org)'],
    ['a heading with marks', '## Heading with *em* and `code`'],
    ['a code span with backticks', '`` a ` b `` and ` `` `'],
    ['an empty task item and a blockquote with code', '- [ ]\n- [x] done\n\n> ```js\n> x\n> ```'],
  ])('round-trips %s', (_name, markdown) => {
    const first = markdownToDoc(markdown, { titleFromHeading: false });
    const written = docToMarkdown(first.doc);
    expect(markdownToDoc(written, { titleFromHeading: false }).doc).toEqual(first.doc);
  });

  it('keeps separate lists separate', () => {
    const { doc } = markdownToDoc('- a\n\n* b\n\n1. c\n\n1) d\n');
    expect(doc.content?.map((n) => n.type)).toEqual([
      'bulletList',
      'bulletList',
      'orderedList',
      'orderedList',
    ]);
    expect(markdownToDoc(docToMarkdown(doc)).doc).toEqual(doc);
  });

  it('drops javascript: links and raw HTML stays text', () => {
    const { doc } = markdownToDoc('[x](javascript:alert(1)) <script>alert(1)</script>');
    expect(find(doc, 'text').some((t) => t.marks?.some((m) => m.type === 'link'))).toBe(false);
    expect(plainText(doc)).toContain('<script>alert(1)</script>');
    expect(docToMarkdown(doc)).toContain('\\<script\\>');
  });

  it('gives an empty paragraph for empty input and refuses oversized input', () => {
    expect(markdownToDoc('')).toEqual({
      title: '',
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    const huge = 'a'.repeat(MAX_UPLOAD_BYTES + 1);
    expect(() => markdownToDoc(huge)).toThrow(TransferError);
  });
});
