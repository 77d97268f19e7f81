import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium (Debian package), never a downloaded browser. */
export const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A launched headless Chromium with its own profile folder. */
export interface TestBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Headless, and no network chatter of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/**
 * Launches the system Chromium headless, with no network chatter of its own. Playwright gives it a
 * fresh temporary profile.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Axe violations of impact serious or critical on the page as it is now (WCAG 2.1 AA rules). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}
