// `node scripts/icons.mjs`: renders client/public/icon.svg to the PNG icons the web app manifest
// names (192 and 512 pixels, plus a maskable 512 with the motif inside the safe zone), with the
// system Chromium. Run it again only when the icon changes; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../client/public/', import.meta.url));
const svg = readFileSync(`${publicDir}icon.svg`, 'utf8');
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The plain icon fills the square; the maskable one has a full-bleed background, motif at 80%. */
function html(size, maskable) {
  const inner = maskable ? Math.round(size * 0.8) : size;
  const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#154273' : 'transparent'}"><img src="${image}" width="${inner}" height="${inner}" alt=""></body></html>`;
}

const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox'] });
try {
  for (const [name, size, maskable] of [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-512.png', 512, true],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(html(size, maskable));
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${publicDir}${name}`, omitBackground: !maskable });
    await page.close();
    console.log(`wrote client/public/${name}`);
  }
} finally {
  await browser.close();
}
