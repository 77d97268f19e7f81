import type { Token } from 'markdown-it';
import type { MarkJson, NodeJson } from './docJson.js';
import { safeImageSrc, safeLinkHref } from '@kring/shared';

const MARK_OF_TOKEN: Readonly<Record<string, string>> = {
  strong: 'bold',
  em: 'italic',
  s: 'strike',
};

/**
 * Converts markdown-it inline tokens to ProseMirror inline nodes (`text`, `hardBreak`). Images
 * become `image` nodes in the same list: the schema's images are blocks, so the caller splits the
 * paragraph around them. Unsafe link targets and image sources are dropped (their text is kept).
 */
export function inlineTokensToNodes(tokens: readonly Token[]): NodeJson[] {
  const out: NodeJson[] = [];
  const marks: MarkJson[] = [];
  const linkPushed: boolean[] = [];

  const pushText = (text: string, extra?: MarkJson): void => {
    if (text === '') return;
    const active = extra ? [...marks, extra] : [...marks];
    out.push(textNode(text, active));
  };

  for (const token of tokens) {
    const markType = MARK_OF_TOKEN[token.type.replace(/_(open|close)$/, '')];
    if (markType !== undefined && token.nesting !== 0) {
      if (token.nesting === 1) marks.push({ type: markType });
      else removeLast(marks, markType);
      continue;
    }
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'html_inline':
        pushText(token.content);
        break;
      case 'softbreak':
        pushText(' ');
        break;
      case 'hardbreak':
        out.push({ type: 'hardBreak' });
        break;
      case 'code_inline':
        pushText(token.content, { type: 'code' });
        break;
      case 'link_open': {
        const href = safeLinkHref(tokenAttr(token, 'href'));
        if (href !== undefined) {
          const title = tokenAttr(token, 'title');
          marks.push({ type: 'link', attrs: title ? { href, title } : { href } });
        }
        linkPushed.push(href !== undefined);
        break;
      }
      case 'link_close':
        if (linkPushed.pop() === true) removeLast(marks, 'link');
        break;
      case 'image': {
        const alt = tokenText(token.children ?? []);
        const src = safeImageSrc(tokenAttr(token, 'src'));
        if (src === undefined) pushText(alt);
        else
          out.push({
            type: 'image',
            attrs: { src, alt: alt || null, title: tokenAttr(token, 'title') ?? null },
          });
        break;
      }
      default:
        if (token.children) out.push(...inlineTokensToNodes(token.children));
    }
  }
  return out;
}

/** A text node with the marks that may coexist: `code` excludes every other mark, as in Tiptap. */
export function textNode(text: string, marks: readonly MarkJson[]): NodeJson {
  const code = marks.find((mark) => mark.type === 'code');
  const unique = new Map<string, MarkJson>();
  for (const mark of code ? [code] : marks) unique.set(mark.type, mark);
  return unique.size > 0
    ? { type: 'text', text, marks: [...unique.values()] }
    : { type: 'text', text };
}

/** The plain text of inline tokens (an image's alt text). */
function tokenText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => (token.children ? tokenText(token.children) : token.content))
    .join('');
}

function removeLast(marks: MarkJson[], type: string): void {
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i]?.type === type) {
      marks.splice(i, 1);
      return;
    }
  }
}

/** A token attribute as a string, or `undefined` when absent. */
export function tokenAttr(token: Token, name: string): string | undefined {
  const value = token.attrGet(name);
  return value === null ? undefined : String(value);
}
