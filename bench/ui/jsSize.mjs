// (a) The JavaScript a screen needs: every script response the browser fetched to show it,
// gzipped here with zlib (level 6, what web servers usually use) and summed.
import { gzipSync } from 'node:zlib';
import { signedInContext } from './browser.mjs';

/**
 * Opens `path` in a fresh signed-in context, waits for `ready` (a selector) and for the network
 * to go quiet, then sums the gzip sizes of all JS fetched. Returns { files, rawBytes, gzipBytes, perFile }.
 */
export async function measureScreenJs(browser, origin, path, ready) {
  const context = await signedInContext(browser, origin);
  const bodies = [];
  const page = await context.newPage();
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    const isScript = response.request().resourceType() === 'script' || /javascript/.test(type);
    if (isScript && response.status() === 200) {
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  });
  await page.goto(`${origin}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  await context.close();
  const unique = new Map(files.map((file) => [file.url, file.body]));
  const perFile = [...unique].map(([url, body]) => ({
    path: new URL(url).pathname,
    rawBytes: body.length,
    gzipBytes: gzipSync(body, { level: 6 }).length,
  }));
  const sum = (key) => perFile.reduce((total, file) => total + file[key], 0);
  return { files: perFile.length, rawBytes: sum('rawBytes'), gzipBytes: sum('gzipBytes'), perFile };
}
