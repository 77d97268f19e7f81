import type { Locator, Page } from 'playwright-core';
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
  await moveCaret(page, 'Control+End');
  await page.keyboard.type(text);
}

/**
 * Presses a key the browser itself moves the caret for (End, Control+End, Home, arrows) and
 * resolves once the editor has read the new caret. The browser reports the move as a separate,
 * lower-priority task; a key the editor handles itself (Enter, Backspace) pressed before that
 * task ran would act at the old caret on a busy machine.
 */
export async function moveCaret(page: Page, key: string): Promise<void> {
  const before = await page.evaluate(() => {
    const state = window as unknown as { kringCaretSeen?: string };
    const describe = () => {
      const selection = getSelection();
      return `${selection?.anchorOffset}:${selection?.focusOffset}:${selection?.anchorNode?.textContent}`;
    };
    if (state.kringCaretSeen === undefined) {
      // Registered after the editor's own listener: when this one runs, the editor has read it.
      document.addEventListener('selectionchange', () => {
        state.kringCaretSeen = describe();
      });
    }
    state.kringCaretSeen = describe();
    return state.kringCaretSeen;
  });
  await page.keyboard.press(key);
  await page.waitForFunction((unmoved) => {
    const state = window as unknown as { kringCaretSeen?: string };
    const selection = getSelection();
    const now = `${selection?.anchorOffset}:${selection?.focusOffset}:${selection?.anchorNode?.textContent}`;
    return now === unmoved || now === state.kringCaretSeen;
  }, before);
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

/**
 * Selects text in the editor as a mouse drag would: the first occurrence of `text` inside
 * `element`, or (with `text` null) a caret at the very end of `element`, however its lines wrap.
 * Resolves once the editor has taken the new selection over: the browser reports a selection
 * change as a separate task, and a key pressed before it would act on the old selection.
 */
export async function selectInEditor(element: Locator, text: string | null): Promise<void> {
  await element.evaluate(
    (root, wanted) =>
      new Promise<void>((resolve, reject) => {
        const range = document.createRange();
        if (wanted === null) {
          range.selectNodeContents(root);
          range.collapse(false);
        } else {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let found = false;
          for (let node = walker.nextNode(); node !== null && !found; node = walker.nextNode()) {
            const at = node.textContent?.indexOf(wanted) ?? -1;
            if (at < 0) continue;
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            found = true;
          }
          if (!found) return reject(new Error(`"${wanted}" is not in the editor`));
        }
        const selection = getSelection();
        if (selection === null) return reject(new Error('no selection'));
        const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
        if (
          current !== null &&
          current.compareBoundaryPoints(Range.START_TO_START, range) === 0 &&
          current.compareBoundaryPoints(Range.END_TO_END, range) === 0
        ) {
          return resolve();
        }
        // The editor listens for this event too, and registered first: it has read the selection
        // by the time this listener runs.
        document.addEventListener('selectionchange', () => resolve(), { once: true });
        selection.removeAllRanges();
        selection.addRange(range);
      }),
    text,
  );
}
