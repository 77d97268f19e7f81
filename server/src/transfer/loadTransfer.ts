import type * as TransferModule from './index.js';

/** The import/export module's API. */
export type Transfer = typeof TransferModule;

let loading: Promise<Transfer> | null = null;

/**
 * Loads the import/export module on first use: it pulls in the editor schema, Markdown, DOCX and
 * zip libraries, which would otherwise add ~0.3 s to every server start (and every restart after a
 * crash) for features used now and then.
 */
export function loadTransfer(): Promise<Transfer> {
  return (loading ??= import('./index.js'));
}
