import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { NodeJson } from './docJson.js';
import { docToDocx } from './docToDocx.js';
import { docToHtml } from './docToHtml.js';
import { docToMarkdown } from './docToMarkdown.js';
import { markdownToDoc } from './markdownToDoc.js';
import { safeImageSrc, safeLinkHref } from '@kring/shared';

const text = (value: string, marks?: NodeJson['marks']): NodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const link = (href: string): NonNullable<NodeJson['marks']> => [{ type: 'link', attrs: { href } }];

const HOSTILE: NodeJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('<script>alert(1)</script> & "quotes" \'single\'')] },
    {
      type: 'paragraph',
      content: [
        text('bad', link('javascript:alert(1)')),
        text(' '),
        text('worse', link(' jav\tascript:alert(2)')),
      ],
    },
    {
      type: 'paragraph',
      content: [
        text('data', link('data:text/html,<script>alert(3)</script>')),
        text(' '),
        text('ok', link('https://example.org/?a=1&b="2"')),
      ],
    },
    { type: 'image', attrs: { src: 'javascript:alert(4)', alt: '<img onerror=alert(5)>' } },
    {
      type: 'codeBlock',
      attrs: { language: '"><script>' },
      content: [text('</code></pre><script>alert(6)</script>')],
    },
  ],
};

describe('HTML export', () => {
  const html = docToHtml(HOSTILE, '</title><script>alert(7)</script>');

  it('is a complete standalone page with a print stylesheet', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    expect(html).toContain('Content-Security-Policy');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every text, including the title', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img onerror');
    expect(html).toContain(
      '&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; &#39;single&#39;',
    );
    expect(html).toContain(
      '<title>&#60;/title&#62;&#60;script&#62;alert(7)&#60;/script&#62;</title>',
    );
    expect(html).toContain('&#60;/code&#62;&#60;/pre&#62;&#60;script&#62;alert(6)');
    expect(html).toContain('<pre><code>');
  });

  it('drops javascript: and data: links but keeps their text, and escapes safe ones', () => {
    expect(html).not.toMatch(/javascript|jav\s*ascript|data:text/i);
    expect(html).toContain('<p>bad worse</p>');
    expect(html).toContain(
      '<a href="https://example.org/?a=1&#38;b=&#34;2&#34;" rel="noopener noreferrer">ok</a>',
    );
    expect(html).toContain('<p>&#60;img onerror=alert(5)&#62;</p>');
  });

  it('renders headings, lists, task lists, tables, code and marks', () => {
    const { doc, title } = markdownToDoc(
      '# T\n\n## Sub\n\n- a\n  1. b\n\n* [x] done\n\n| h |\n|:-:|\n| *c* |\n\n```js\nx < 1\n```\n\n**b** ~~s~~ `c` [l](https://e.org)',
    );
    const page = docToHtml(doc, title, { lang: 'en' });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1 class="document-title">T</h1>');
    expect(page).toContain('<h2>Sub</h2>');
    expect(page).toMatch(
      /<ul>\n<li><p>a<\/p>\n<ol>\n<li><p>b<\/p><\/li>\n<\/ol><\/li>\n<\/ul>\n<ul class="task-list"/,
    );
    expect(page).toContain(
      '<li class="task-item" data-type="taskItem" data-checked="true"><label><input type="checkbox" disabled checked></label>',
    );
    expect(page).toContain('<th style="text-align: center"><p>h</p></th>');
    expect(page).toContain('<td style="text-align: center"><p><em>c</em></p></td>');
    expect(page).toContain('<pre><code class="language-js">x &#60; 1</code></pre>');
    expect(page).toContain(
      '<strong>b</strong> <s>s</s> <code>c</code> <a href="https://e.org" rel="noopener noreferrer">l</a>',
    );
  });
});

describe('URL filter', () => {
  it.each([
    ['https://example.org', true],
    ['mailto:a@example.org', true],
    ['/relative/path', true],
    ['#anchor', true],
    ['//evil.example/x', false],
    ['notes.md', false],
    ['tel:+31201234567', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
    ['file:///etc/passwd', false],
  ])('link %j allowed: %s', (href, allowed) => {
    expect(safeLinkHref(href) !== undefined).toBe(allowed);
  });

  it('allows raster data: images only', () => {
    expect(safeImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBeDefined();
    expect(safeImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(safeImageSrc('javascript:alert(1)')).toBeUndefined();
  });
});

describe('links to pages on the site', () => {
  const doc: NodeJson = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [text('page', link('/d/abc')), text(' '), text('part', link('#part'))],
      },
    ],
  };

  it('are made absolute with siteUrl in every export, and left as paths without it', async () => {
    const siteUrl = 'https://kring.example.nl';
    expect(docToHtml(doc, 'T', { siteUrl })).toContain('<a href="https://kring.example.nl/d/abc"');
    expect(docToHtml(doc, 'T')).toContain('<a href="/d/abc"');
    expect(docToMarkdown(doc, 'T', { siteUrl })).toContain(
      '[page](https://kring.example.nl/d/abc) [part](#part)',
    );
    const docx = await docToDocx(doc, 'T', { siteUrl });
    const rels = unzipSync(new Uint8Array(docx))['word/_rels/document.xml.rels'];
    expect(strFromU8(rels ?? new Uint8Array())).toContain('https://kring.example.nl/d/abc');
    expect(docToHtml(doc, 'T', { siteUrl: 'javascript:alert(1)' })).toContain('<a href="/d/abc"');
  });
});
