import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { normalizeDoc, numberAttr, stringAttr, type NodeJson } from './docJson.js';
import {
  CODE_CHAR_STYLE,
  CODE_STYLE,
  DOCX_STYLES,
  MAX_LIST_LEVEL,
  orderedLevels,
  QUOTE_STYLE,
} from './docxStyles.js';
import { isAbsoluteLink, safeImageSrc, safeLinkHref } from '@kring/shared';
import { withAbsoluteLinks, type ExportOptions } from './siteLinks.js';
import { decodeDataImage, imageSize } from './embeddedImages.js';

type Block = Paragraph | Table;
type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Where a block stands: in which list (level, numbering) or quote, and how a table cell aligns. */
interface Context {
  listLevel: number;
  numbering?: { reference: string; level: number };
  bullet?: boolean;
  /** A task item's check box, put before its first paragraph. */
  checkbox?: string;
  quote: boolean;
  align?: Alignment;
}

/**
 * Exports a document as DOCX (Office Open XML) with the `docx` package: the title in Word's Title
 * style, Heading 1–6, paragraphs with bold/italic/underline/strike, links as hyperlinks, bullet
 * and numbered lists (nested, numbering restarting per list), task items with ☐/☒, tables (header
 * rows repeat on each page, merged cells, alignment), code in a monospace style, quotes, rules.
 * Images given as `data:` URIs (see `embedImages`) are embedded; others are shown by their alt text,
 * linked to the image when it has a web address. Links to paths on the site become hyperlinks only with `options.siteUrl`.
 * @throws TransferError `invalid_document` when the JSON does not fit the schema.
 */
export async function docToDocx(
  doc: NodeJson,
  title: string,
  options: ExportOptions = {},
): Promise<Buffer> {
  const root = withAbsoluteLinks(normalizeDoc(doc), options.siteUrl);
  const writer = new DocxWriter();
  const body = writer.blocks(root.content ?? [], { listLevel: -1, quote: false });
  const cleanTitle = title.trim().replace(/\s+/g, ' ');
  const heading = cleanTitle
    ? [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cleanTitle)] })]
    : [];
  const document = new Document({
    title: cleanTitle,
    creator: 'Kring',
    styles: DOCX_STYLES,
    numbering: writer.numbering(),
    sections: [{ children: [...heading, ...body] }],
  });
  return Packer.toBuffer(document);
}

class DocxWriter {
  private readonly numberingConfig: INumberingOptions['config'][number][] = [];

  numbering(): INumberingOptions {
    return { config: this.numberingConfig };
  }

  blocks(nodes: readonly NodeJson[], context: Context): Block[] {
    return nodes.flatMap((node, index) =>
      this.block(node, index === 0 ? context : continuation(context)),
    );
  }

  private block(node: NodeJson, context: Context): Block[] {
    const content = node.content ?? [];
    switch (node.type) {
      case 'paragraph':
        return [this.paragraph(runs(content), context)];
      case 'heading': {
        const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1)));
        return [this.paragraph(runs(content), context, { heading: HEADINGS[level - 1] })];
      }
      case 'blockquote':
        return this.blocks(content, { ...context, quote: true });
      case 'codeBlock': {
        const lines = content
          .map((child) => child.text ?? '')
          .join('')
          .split('\n');
        const children = lines.map(
          (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }),
        );
        return [this.paragraph(children, context, { style: CODE_STYLE })];
      }
      case 'horizontalRule':
        return [new Paragraph({ thematicBreak: true, children: [] })];
      case 'image':
        return [this.paragraph(imageRuns(node), context)];
      case 'bulletList':
      case 'orderedList':
      case 'taskList':
        return this.list(node, context);
      case 'table':
        return [this.table(node)];
      default:
        return [];
    }
  }

  private paragraph(
    children: ParagraphChild[],
    context: Context,
    options: IParagraphOptions = {},
  ): Paragraph {
    const prefix = context.checkbox ? [new TextRun(`${context.checkbox} `)] : [];
    const inList = context.listLevel >= 0;
    return new Paragraph({
      ...options,
      style: options.style ?? (context.quote ? QUOTE_STYLE : undefined),
      alignment: context.align,
      numbering: context.numbering,
      bullet: context.bullet ? { level: context.listLevel } : undefined,
      indent:
        inList && !context.numbering && !context.bullet
          ? { left: 720 * (context.listLevel + 1) }
          : undefined,
      children: [...prefix, ...children],
    });
  }

  private list(list: NodeJson, context: Context): Block[] {
    const listLevel = Math.min(MAX_LIST_LEVEL, context.listLevel + 1);
    let reference: string | undefined;
    if (list.type === 'orderedList') {
      reference = `kring-ordered-${this.numberingConfig.length + 1}`;
      const start = Math.max(0, Math.trunc(numberAttr(list, 'start', 1)));
      this.numberingConfig.push({ reference, levels: orderedLevels(start, listLevel) });
    }
    return (list.content ?? []).flatMap((item) => {
      const checked = item.attrs?.['checked'] === true;
      const itemContext: Context = {
        ...context,
        listLevel,
        align: undefined,
        numbering: reference ? { reference, level: listLevel } : undefined,
        bullet: list.type === 'bulletList',
        checkbox: list.type === 'taskList' ? (checked ? '☒' : '☐') : undefined,
      };
      return this.blocks(item.content ?? [], itemContext);
    });
  }

  private table(table: NodeJson): Table {
    const rows = (table.content ?? []).map((row) => {
      const cells = row.content ?? [];
      return new TableRow({
        // `false` would still write <w:tblHeader>, which readers take as a header row.
        tableHeader:
          cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader') ? true : undefined,
        children: cells.map((cell) => this.cell(cell)),
      });
    });
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }

  private cell(cell: NodeJson): TableCell {
    const align = stringAttr(cell, 'align');
    const alignment =
      align === 'center'
        ? AlignmentType.CENTER
        : align === 'right'
          ? AlignmentType.RIGHT
          : undefined;
    const header = cell.type === 'tableHeader';
    const blocks = this.blocks(cell.content ?? [], {
      listLevel: -1,
      quote: false,
      align: alignment,
    });
    return new TableCell({
      children: blocks.length > 0 ? blocks : [new Paragraph({})],
      columnSpan: Math.max(1, numberAttr(cell, 'colspan', 1)),
      rowSpan: Math.max(1, numberAttr(cell, 'rowspan', 1)),
      shading: header ? { type: 'clear', color: 'auto', fill: 'F0F0F0' } : undefined,
    });
  }
}

/** Later blocks of a list item are indented under it, without a bullet, number or check box. */
function continuation(context: Context): Context {
  return { ...context, numbering: undefined, bullet: false, checkbox: undefined };
}

/** Text runs for inline nodes; links (absolute and safe) become hyperlinks. */
function runs(nodes: readonly NodeJson[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < nodes.length;) {
    const href = linkOf(nodes[i]);
    let end = i + 1;
    while (end < nodes.length && href !== undefined && linkOf(nodes[end]) === href) end++;
    const group = nodes.slice(i, end).map((node) => textRun(node, href !== undefined));
    out.push(
      ...(href === undefined ? group : [new ExternalHyperlink({ link: href, children: group })]),
    );
    i = end;
  }
  return out;
}

function linkOf(node: NodeJson | undefined): string | undefined {
  const mark = node?.marks?.find((candidate) => candidate.type === 'link');
  const href = mark ? safeLinkHref(stringAttr(mark, 'href')) : undefined;
  return href !== undefined && isAbsoluteLink(href) ? href : undefined;
}

function textRun(node: NodeJson, inLink: boolean): TextRun {
  if (node.type === 'hardBreak') return new TextRun({ break: 1 });
  const has = (type: string): boolean => (node.marks ?? []).some((mark) => mark.type === type);
  if (has('code')) return new TextRun({ text: node.text ?? '', style: CODE_CHAR_STYLE });
  return new TextRun({
    text: node.text ?? '',
    style: inLink ? 'Hyperlink' : undefined,
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    strike: has('strike') || undefined,
    underline: has('underline') ? {} : undefined,
  });
}

/** Widest an embedded image is shown (pixels at 96 dpi; the text column of an A4 page). */
const MAX_IMAGE_WIDTH = 600;

function imageRuns(node: NodeJson): ParagraphChild[] {
  const src = safeImageSrc(stringAttr(node, 'src'));
  const label = `[${stringAttr(node, 'alt') ?? 'image'}]`;
  const embedded = src === undefined ? null : decodeDataImage(src);
  const size = embedded === null ? null : imageSize(embedded.bytes);
  if (embedded !== null && size !== null && size.width > 0 && size.height > 0) {
    const scale = Math.min(1, MAX_IMAGE_WIDTH / size.width);
    const alt = stringAttr(node, 'alt') ?? '';
    return [
      new ImageRun({
        type: embedded.type,
        data: embedded.bytes,
        transformation: {
          width: Math.round(size.width * scale),
          height: Math.round(size.height * scale),
        },
        altText: {
          name: alt || 'image',
          description: alt,
          title: stringAttr(node, 'title') ?? alt,
        },
      }),
    ];
  }
  if (src !== undefined && isAbsoluteLink(src) && !src.startsWith('data:')) {
    return [
      new ExternalHyperlink({
        link: src,
        children: [new TextRun({ text: label, style: 'Hyperlink' })],
      }),
    ];
  }
  return [new TextRun({ text: label, italics: true })];
}
