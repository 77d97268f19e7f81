import { describe, expect, it } from 'vitest';
import { plainText, type NodeJson } from './docJson.js';
import { htmlToDoc } from './htmlToDoc.js';

function find(node: NodeJson, type: string): NodeJson[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => find(child, type))];
}

describe('HTML to document', () => {
  it('maps headings, marks, links and collapses whitespace', () => {
    const { title, doc } = htmlToDoc(
      '<h1>Title</h1>\n<h3>Sub <em>heading</em></h3>\n<p>  Some   <b>bold</b>\n <i>it</i> <u>under</u> <del>gone</del> <code>x()</code> <a href="https://e.org">link</a><br> next line </p>',
    );
    expect(title).toBe('Title');
    expect(doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } });
    const paragraph = doc.content?.[1] ?? { type: 'x' };
    expect(plainText(paragraph)).toBe('Some bold it under gone x() link next line');
    const marksOf = (text: string): string[] =>
      (find(paragraph, 'text').find((t) => t.text === text)?.marks ?? []).map((m) => m.type);
    expect(['bold', 'it', 'under', 'gone', 'x()', 'link'].map(marksOf)).toEqual([
      ['bold'],
      ['italic'],
      ['underline'],
      ['strike'],
      ['code'],
      ['link'],
    ]);
    expect(find(paragraph, 'hardBreak')).toHaveLength(1);
  });

  it('reads tables with header cells, merged cells and alignment, padding short rows', () => {
    const { doc } = htmlToDoc(
      '<table><thead><tr><th>A</th><th style="text-align:right">B</th><th>C</th></tr></thead>' +
        '<tbody><tr><td colspan="2">wide</td><td rowspan="2">tall</td></tr><tr><td>x</td></tr></tbody></table>',
    );
    const rows = find(doc, 'tableRow');
    expect(rows.map((row) => row.content?.map(plainText))).toEqual([
      ['A', 'B', 'C'],
      ['wide', 'tall'],
      ['x', ''],
    ]);
    expect(find(doc, 'tableHeader')[1]?.attrs?.['align']).toBe('right');
    expect(find(doc, 'tableCell')[0]?.attrs?.['colspan']).toBe(2);
  });

  it('reads nested, ordered and task lists (Tiptap and GitHub markup)', () => {
    const { doc } = htmlToDoc(
      '<ol start="4"><li>four<ul><li>inner</li></ul></li><li>five</li></ol>' +
        '<ul data-type="taskList"><li data-checked="true"><label><input type="checkbox" checked></label><div><p>done</p></div></li></ul>' +
        '<ul><li><input type="checkbox"> open</li><li><input type="checkbox" checked> closed</li></ul>' +
        '<ul><li>a</li><ul><li>directly nested</li></ul></ul>',
    );
    expect(find(doc, 'orderedList')[0]?.attrs?.['start']).toBe(4);
    expect(find(doc, 'taskItem').map((item) => [item.attrs?.['checked'], plainText(item)])).toEqual(
      [
        [true, 'done'],
        [false, 'open'],
        [true, 'closed'],
      ],
    );
    const last = doc.content?.[doc.content.length - 1] ?? { type: 'x' };
    expect(find(last, 'bulletList')).toHaveLength(2);
  });

  it('keeps code blocks with their language and line breaks', () => {
    const { doc } = htmlToDoc(
      '<pre><code class="language-rust">fn main() {\n    x &lt; 1;\n}</code></pre><pre>a<br>b</pre>',
    );
    expect(find(doc, 'codeBlock').map((c) => [c.attrs?.['language'], plainText(c)])).toEqual([
      ['rust', 'fn main() {\n    x < 1;\n}'],
      [null, 'a\nb'],
    ]);
  });

  it('drops scripts, styles, unsafe links and images; survives deep nesting', () => {
    const { doc } = htmlToDoc(
      '<p>ok<script>alert(1)</script><style>p{}</style> <a href="javascript:alert(2)">text</a></p><img src="javascript:alert(3)" alt="pic"><img src="https://e.org/i.png" alt="real">',
    );
    expect(plainText(doc)).toBe('ok textpic');
    expect(find(doc, 'text').some((t) => t.marks?.length)).toBe(false);
    expect(find(doc, 'image').map((i) => i.attrs?.['src'])).toEqual(['https://e.org/i.png']);
    const deep = `${'<div><span>'.repeat(5000)}deep${'</span></div>'.repeat(5000)}`;
    expect(plainText(htmlToDoc(deep).doc)).toBe('deep');
  });
});
