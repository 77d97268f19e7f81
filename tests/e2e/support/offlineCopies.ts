import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { VISIBLE_WITHIN_MS } from './documentPage.js';

/** The sidebar's offline status: expired, offline, syncing, sending or saved. */
export function offlineLineState(page: Page): Promise<string | null> {
  return page.locator('.kring-offline-line').first().getAttribute('data-state');
}

/** Waits until the sidebar's offline status line is in `state`. */
export async function waitForOfflineLine(
  page: Page,
  state: string,
  timeout = VISIBLE_WITHIN_MS,
): Promise<void> {
  await page.locator(`.kring-offline-line[data-state="${state}"]`).first().waitFor({ timeout });
}

/**
 * Opens the offline settings and waits until community `name` has `pages` pages on this device
 * and nothing waits to be sent (the person looks before going offline).
 */
export async function waitForOfflineCopy(
  page: Page,
  baseUrl: string,
  name: string,
  pages: number,
): Promise<void> {
  await page.goto(`${baseUrl}/offline`);
  const row = page.locator('.kring-offline-community', { hasText: name });
  await expect
    .poll(() => row.locator('.kring-offline-community__meta').textContent(), {
      timeout: VISIBLE_WITHIN_MS,
    })
    .toMatch(new RegExp(`^${pages} pages? on this device`));
  await waitForOfflineLine(page, 'saved');
}

/** Markdown of a document as the server has it, read with an API token. */
export async function serverMarkdown(baseUrl: string, token: string, id: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/documents/${id}/export?format=md`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.text();
}

/** Titles of a community's pages as the server lists them, read with an API token. */
export async function serverTitles(
  baseUrl: string,
  token: string,
  slug: string,
): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/communities/${slug}/documents`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { title: string }[]).map((page) => page.title).sort();
}
