import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, executablePath } from './browser.js';

const builtClient = fileURLToPath(new URL('../../../client/dist', import.meta.url));

/** A Chromium with an ordinary (not incognito) profile, in which web apps can be installed. */
export interface ProfileBrowser {
  readonly context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches the system Chromium headless on a fresh profile folder. */
export async function launchWithProfile(locale = 'en-US'): Promise<ProfileBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'kring-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_ARGS],
    locale,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A copy of the built client that a test may change (to publish a "new version"). */
export interface ClientCopy {
  /** The folder, for the server's `CLIENT_DIR`. */
  readonly dir: string;
  /** Changes the service worker's bytes, so that browsers see a new version of Kring. */
  publishNewVersion(label: string): Promise<void>;
  /** Deletes the copy. */
  dispose(): Promise<void>;
}

/** Copies `client/dist` to a temporary folder. */
export async function copyBuiltClient(): Promise<ClientCopy> {
  const dir = await mkdtemp(join(tmpdir(), 'kring-client-'));
  await cp(builtClient, dir, { recursive: true });
  return {
    dir,
    publishNewVersion: (label) =>
      appendFile(join(dir, 'sw.js'), `\n// ${label.replace(/\n/g, ' ')}\n`, 'utf8'),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Resolves once the page's service worker is active, which means it has stored the app shell
 * (Workbox precaches while installing), and returns whether the page is controlled by it.
 */
export function serviceWorkerReady(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** Chromium's reasons why the page's app could not be installed (empty: installable). */
export async function installabilityErrors(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: {
        errorId: string;
        errorArguments: { name: string; value: string }[];
      }[];
    };
    return installabilityErrors.map(
      (error) =>
        `${error.errorId}${error.errorArguments.map((a) => ` ${a.name}=${a.value}`).join('')}`,
    );
  } finally {
    await cdp.detach();
  }
}
