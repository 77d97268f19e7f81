import { stringAttr, type MarkJson, type NodeJson } from './docJson.js';
import { safeLinkHref } from '@kring/shared';

/** Where inline content is written: a table cell and a heading must stay on one line. */
export interface InlineContext {
  singleLine?: boolean;
  inTable?: boolean;
}

/** Marks Markdown can express, outermost first; `code` is a leaf, `underline` has no syntax. */
const NESTABLE = ['link', 'bold', 'italic', 'strike'] as const;
const DELIMITER: Readonly<Record<string, string>> = { bold: '**', italic: '*', strike: '~~' };

/**
 * Writes inline nodes (`text` with marks, `hardBreak`) as GFM. Text is escaped so that it reads
 * back as the same text; emphasis never starts or ends on whitespace (the whitespace is moved
 * outside the delimiters); unsafe link targets are dropped.
 */
export function inlineToMarkdown(nodes: readonly NodeJson[], context: InlineContext = {}): string {
  let out = '';
  let open: MarkJson[] = [];
  let lineStart = true;

  const close = (count: number): void => {
    while (open.length > count) {
      const mark = open.pop();
      if (!mark) break;
      if (mark.type === 'link') {
        out += `](${linkDestination(stringAttr(mark, 'href') ?? '')}${linkTitle(mark)})`;
      } else {
        const space = /[ \t]+$/.exec(out)?.[0] ?? '';
        out = out.slice(0, out.length - space.length) + (DELIMITER[mark.type] ?? '') + space;
      }
    }
  };

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      out += context.singleLine || context.inTable ? ' ' : '\\\n';
      lineStart = !(context.singleLine || context.inTable);
      continue;
    }
    const text = (node.text ?? '').replace(/\r?\n/g, ' ');
    if (text === '') continue;
    const isCode = (node.marks ?? []).some((mark) => mark.type === 'code');
    const wanted = isCode ? [] : markdownMarks(node.marks ?? []);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && sameMark(open[keep], wanted[keep])) keep++;
    close(keep);
    // Whitespace alone never opens emphasis: "** **" would be literal asterisks.
    const toOpen = /^\s*$/.test(text) ? [] : wanted.slice(keep);
    let body = isCode ? codeSpan(text, context) : escapeText(text, lineStart);
    if (toOpen.some((mark) => mark.type !== 'link')) {
      const space = /^[ \t]+/.exec(body)?.[0] ?? '';
      out += space;
      body = body.slice(space.length);
    }
    for (const mark of toOpen) out += mark.type === 'link' ? '[' : (DELIMITER[mark.type] ?? '');
    open = [...open.slice(0, keep), ...toOpen];
    out += body;
    lineStart = false;
  }
  close(0);
  return out;
}

function markdownMarks(marks: readonly MarkJson[]): MarkJson[] {
  const result: MarkJson[] = [];
  for (const type of NESTABLE) {
    const mark = marks.find((candidate) => candidate.type === type);
    if (!mark) continue;
    if (type === 'link' && safeLinkHref(stringAttr(mark, 'href')) === undefined) continue;
    result.push(mark);
  }
  return result;
}

function sameMark(a: MarkJson | undefined, b: MarkJson | undefined): boolean {
  if (!a || !b || a.type !== b.type) return false;
  return (
    a.type !== 'link' ||
    (stringAttr(a, 'href') === stringAttr(b, 'href') &&
      stringAttr(a, 'title') === stringAttr(b, 'title'))
  );
}

/**
 * Escapes Markdown syntax in plain text. `_` between letters or digits is left alone (it cannot
 * start emphasis there), so `snake_case` stays readable.
 */
export function escapeText(text: string, lineStart: boolean): string {
  let escaped = text
    .replace(/[\\`*[\]<>~|]/g, '\\$&')
    .replace(/_/g, (match, offset: number) =>
      isWordChar(text[offset - 1]) && isWordChar(text[offset + 1]) ? match : '\\_',
    )
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
  if (lineStart) {
    escaped = escaped.replace(/^([#=+-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  }
  return escaped;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** A code span fenced with more backticks than the longest run inside it. */
function codeSpan(text: string, context: InlineContext): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[`]|[`]$/.test(text) || (/^ .* $/.test(text) && text.trim() !== '') ? ' ' : '';
  const body = context.inTable ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A link destination, in angle brackets when it contains spaces or brackets. */
export function linkDestination(href: string): string {
  if (/^[^\s<>()\\]+$/.test(href)) return href;
  return `<${href.replace(/[<>\\]/g, '\\$&').replace(/\n/g, '%0A')}>`;
}

function linkTitle(mark: MarkJson): string {
  const title = stringAttr(mark, 'title');
  return title === undefined ? '' : ` "${title.replace(/["\\]/g, '\\$&')}"`;
}
