import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { plainText, type NodeJson } from './docJson.js';
import { docToDocx } from './docToDocx.js';
import { docxToDoc } from './docxToDoc.js';
import { markdownToDoc } from './markdownToDoc.js';
import { TransferError } from './TransferError.js';

function find(node: NodeJson, type: string): NodeJson[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.content ?? []).flatMap((child) => find(child, type))];
}

const SOURCE = `# Quarterly report

## Results

Text with **bold**, *italic*, \`code\` and a [link](https://example.org/report).

- first point
  - nested point
- second point

1. step one
2. step two

- [x] checked task

| Region | Score |
|--------|------:|
| North | 12 |
| South | 9 |

\`\`\`python
def f():
    return 1
\`\`\`

> quoted text
`;

describe('DOCX export', () => {
  const { doc, title } = markdownToDoc(SOURCE);

  it('writes a DOCX whose document.xml holds the title, headings, lists, table and hyperlink', async () => {
    const buffer = await docToDocx(doc, title);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const files = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('Quarterly report');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(/<w:numPr>/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('South');
    expect(xml).toContain('<w:hyperlink');
    expect(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).toContain(
      'https://example.org/report',
    );
    expect(xml).toContain('def f():');
  });

  it('opens in mammoth with the same structure', async () => {
    const buffer = await docToDocx(doc, title);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('Quarterly report');
    expect(html).toContain('<h2>Results</h2>');
    expect(html).toMatch(
      /<ul><li>first point<ul><li>nested point<\/li><\/ul><\/li><li>second point<\/li><\/ul>/,
    );
    expect(html).toMatch(/<ol><li>step one<\/li><li>step two<\/li><\/ol>/);
    expect(html).toContain('<a href="https://example.org/report">link</a>');
    expect(html).toMatch(/<table>.*<th><p>Region<\/p><\/th>.*<td><p>South<\/p><\/td>.*<\/table>/);
    expect(html).toContain('<strong>bold</strong>');
  });

  it('reads its own export back: title, headings, lists, table, code, quote', async () => {
    const back = await docxToDoc(await docToDocx(doc, title));
    expect(back.title).toBe('Quarterly report');
    expect(find(back.doc, 'heading').map(plainText)).toEqual(['Results']);
    expect(find(back.doc, 'bulletList').length).toBeGreaterThanOrEqual(2);
    expect(find(back.doc, 'orderedList')).toHaveLength(1);
    expect(find(back.doc, 'tableHeader').map(plainText)).toEqual(['Region', 'Score']);
    expect(find(back.doc, 'tableCell').map(plainText)).toEqual(['North', '12', 'South', '9']);
    expect(find(back.doc, 'codeBlock').map(plainText)).toEqual(['def f():\n    return 1']);
    expect(find(back.doc, 'blockquote').map(plainText)).toEqual(['quoted text']);
    const codeMark = find(back.doc, 'text').find((t) => t.text === 'code');
    expect(codeMark?.marks).toEqual([{ type: 'code' }]);
    expect(plainText(back.doc)).toContain('☒ checked task');
  });
});

describe('DOCX import', () => {
  async function wordFile(): Promise<Buffer> {
    const document = new Document({
      numbering: {
        config: [
          {
            reference: 'numbers',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Minutes')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Agenda')] }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Important', bold: true }),
                new TextRun(' and plain.'),
              ],
            }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Budget')] }),
            new Paragraph({ bullet: { level: 1 }, children: [new TextRun('Travel')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Hiring')] }),
            new Paragraph({
              numbering: { reference: 'numbers', level: 0 },
              children: [new TextRun('Open')],
            }),
            new Paragraph({
              numbering: { reference: 'numbers', level: 0 },
              children: [new TextRun('Close')],
            }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Figures')] }),
            new Table({
              rows: [
                new TableRow({
                  tableHeader: true,
                  children: ['Name', 'Votes'].map(
                    (t) => new TableCell({ children: [new Paragraph(t)] }),
                  ),
                }),
                new TableRow({
                  children: ['Yes', '7'].map(
                    (t) => new TableCell({ children: [new Paragraph(t)] }),
                  ),
                }),
              ],
            }),
            new Paragraph({
              children: [
                new ExternalHyperlink({
                  link: 'https://example.org/minutes',
                  children: [new TextRun('source')],
                }),
              ],
            }),
          ],
        },
      ],
    });
    return Packer.toBuffer(document);
  }

  it('keeps the title, headings, marks, lists, tables and links of a Word document', async () => {
    const { title, doc } = await docxToDoc(await wordFile());
    expect(title).toBe('Minutes');
    expect(find(doc, 'heading').map((h) => [h.attrs?.['level'], plainText(h)])).toEqual([
      [1, 'Agenda'],
      [2, 'Figures'],
    ]);
    expect(find(doc, 'text').find((t) => t.text === 'Important')?.marks).toEqual([
      { type: 'bold' },
    ]);
    const bullets = find(doc, 'bulletList');
    expect(bullets).toHaveLength(2);
    expect(
      find(bullets[0] ?? { type: 'x' }, 'listItem').map((i) =>
        plainText(i.content?.[0] ?? { type: 'x' }),
      ),
    ).toEqual(['Budget', 'Travel', 'Hiring']);
    expect(find(doc, 'orderedList')[0]?.content?.map(plainText)).toEqual(['Open', 'Close']);
    expect(find(doc, 'tableHeader').map(plainText)).toEqual(['Name', 'Votes']);
    expect(find(doc, 'tableCell').map(plainText)).toEqual(['Yes', '7']);
    const linked = find(doc, 'text').find((t) => t.text === 'source');
    expect(linked?.marks?.[0]).toMatchObject({
      type: 'link',
      attrs: { href: 'https://example.org/minutes' },
    });
  });

  it('refuses a file that is not a DOCX', async () => {
    await expect(docxToDoc(Buffer.from('not a zip at all'))).rejects.toMatchObject({
      code: 'invalid_docx',
    });
    await expect(docxToDoc(Buffer.from('not a zip'))).rejects.toBeInstanceOf(TransferError);
  });
});
