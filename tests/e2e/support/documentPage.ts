import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a user-visible change may take to show up in another browser, in milliseconds. */
export const VISIBLE_WITHIN_MS = 20_000;

/**
 * Waits until the page shows a document other than the one it showed before (after "New page" or
 * a template): a URL pattern alone would match the page it is still on, and typing then would go
 * into that previous page. Returns the new document's id.
 */
export async function waitForOtherDocument(page: Page, previousUrl: string): Promise<string> {
  await page.waitForURL(
    (url) => /^\/d\/[A-Za-z0-9_-]{1,64}$/.test(url.pathname) && url.href !== previousUrl,
  );
  return new URL(page.url()).pathname.slice('/d/'.length);
}

/**
 * Text of the editor's document, without other people's caret labels (which Tiptap renders inside
 * the editable area). Paragraphs are joined with a newline.
 */
export function documentText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate(readEditorText);
}

/** Runs in the page: the editor's text nodes outside caret widgets, paragraphs joined by "\n". */
function readEditorText(editor: Element): string {
  return [...editor.children]
    .map((block) => {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let text = '';
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.parentElement?.closest('.collaboration-carets__caret'))
          text += node.textContent ?? '';
      }
      return text;
    })
    .join('\n');
}

/** Waits until the editor's text contains every one of `parts`; returns that text. */
export async function waitForText(
  page: Page,
  parts: readonly string[],
  timeout = VISIBLE_WITHIN_MS,
): Promise<string> {
  let text = '';
  await expect
    .poll(
      async () => {
        text = await documentText(page);
        return parts.filter((part) => !text.includes(part));
      },
      { timeout, interval: 100 },
    )
    .toEqual([]);
  return text;
}

/** Puts the caret at the very end of the document and types, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = page.locator('.ProseMirror');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Waits until the status element reports the given connection state and saved flag. */
export async function waitForStatus(
  page: Page,
  expected: { connection?: string; saved?: boolean },
  timeout = VISIBLE_WITHIN_MS,
): Promise<void> {
  let selector = '[role="status"]';
  if (expected.connection) selector += `[data-connection="${expected.connection}"]`;
  if (expected.saved !== undefined) selector += `[data-saved="${expected.saved}"]`;
  await page.locator(selector).waitFor({ timeout });
}
