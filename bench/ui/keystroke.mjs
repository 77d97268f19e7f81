// (b) Keystroke → next frame on a long document: for each key, the time from its keydown
// reaching the page to the next requestAnimationFrame callback ("rAF"), and to the end of that
// frame's rendering (a message posted from the rAF callback runs after style, layout and paint:
// "frame"). Both are wall-clock times, so a busy machine inflates them; the main thread's CPU
// time per key (Chromium's own task accounting in thread ticks, without DevTools' commands) is
// reported beside them because it is much less sensitive to other load.
// The functions passed to page.evaluate run in the page, with its globals.
/* global window, document, requestAnimationFrame */
import { signedInContext } from './browser.mjs';

/** Installs, in the page, a one-shot measurement that resolves for the next keydown. */
function arm() {
  window.__uiBench = new Promise((resolve) => {
    const onKeyDown = () => {
      const start = performance.now();
      document.removeEventListener('keydown', onKeyDown, true);
      requestAnimationFrame(() => {
        const raf = performance.now() - start;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ raf, frame: performance.now() - start });
        channel.port2.postMessage(null);
      });
    };
    document.addEventListener('keydown', onKeyDown, true);
  });
}

/**
 * Main-thread CPU seconds so far: all tasks (DevTools commands excluded), and of that script and
 * layout (the rest is style, paint, input handling, garbage collection…).
 */
async function cpuSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    task: value('TaskDuration') - value('DevToolsCommandDuration'),
    script: value('ScriptDuration'),
    layout: value('LayoutDuration'),
  };
}

/**
 * Opens the document, waits until all `paragraphs` are in the editor and it is connected, puts the
 * caret at the very end and types `warmup + count` letters one at a time, each measured. Returns
 * { samples: the `count` measured samples ({ raf, frame } in ms), cpuMsPerKey, cpuSplitMs
 * (script, layout, other ms per key) }. With `readySelector`, typing waits until it shows (e.g.
 * the glossary marks).
 */
export async function measureKeystrokes(
  browser,
  origin,
  documentId,
  paragraphs,
  count,
  warmup = 5,
  readySelector = null,
) {
  const context = await signedInContext(browser, origin);
  const page = await context.newPage();
  await page.goto(`${origin}/d/${documentId}`);
  const editor = page.locator('.ProseMirror');
  await editor.waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    (expected) => (document.querySelector('.ProseMirror')?.childElementCount ?? 0) >= expected,
    paragraphs,
    { timeout: 120_000 },
  );
  await page.locator('[data-connection="connected"]').first().waitFor({ timeout: 60_000 });
  if (readySelector !== null)
    await page.locator(readySelector).first().waitFor({ timeout: 60_000 });
  await editor.locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const samples = [];
  let cpuStart = null;
  for (let k = 0; k < warmup + count; k++) {
    if (k === warmup) cpuStart = await cpuSeconds(cdp);
    await page.evaluate(arm);
    await page.keyboard.press(String.fromCharCode(97 + (k % 26)));
    const sample = await page.evaluate(() => window.__uiBench);
    if (k >= warmup) samples.push(sample);
  }
  const cpuEnd = await cpuSeconds(cdp);
  const perKey = (key) => (cpuEnd[key] - cpuStart[key]) * (1000 / count);
  const cpuMsPerKey = perKey('task');
  const cpuSplitMs = {
    script: perKey('script'),
    layout: perKey('layout'),
    other: cpuMsPerKey - perKey('script') - perKey('layout'),
  };
  const typed = await editor.locator('p').last().innerText();
  await context.close();
  if (!/[a-z]{10,}$/.test(typed)) throw new Error('the keystrokes did not reach the editor');
  return { samples, cpuMsPerKey, cpuSplitMs };
}
