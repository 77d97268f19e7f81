// Headless system Chromium through playwright-core, and signed-in contexts with a cold cache.
import { chromium } from 'playwright-core';
import { EMAIL, PASSWORD } from './server.mjs';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches the system Chromium headless, without its own background network traffic. */
export function launchChromium() {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh context (empty cache) signed in through `POST /api/auth/login`. Service workers are
 * blocked: Kring's would precache every chunk of the app, which is not what a screen needs.
 */
export async function signedInContext(browser, origin) {
  const context = await browser.newContext({
    baseURL: origin,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const response = await context.request.post('/api/auth/login', {
    data: { email: EMAIL, password: PASSWORD },
  });
  if (!response.ok()) throw new Error(`login: HTTP ${response.status()}`);
  return context;
}
