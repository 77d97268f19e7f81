// What the offline bench reads in the browser: the sidebar's offline line, the records of the
// `kring-offline` database and the storage estimate. Reads never create the database (opening a
// database that does not exist would make an empty one the app then could not upgrade).
// The functions passed to page.evaluate run in the page, with its globals.
/* global document, indexedDB */

/** Signs in on the open login page; resolves with the wall times of the click and of leaving it. */
export async function signIn(page, email, password) {
  await page.getByLabel(/email address/i).fill(email);
  await page.getByLabel(/^password$/i).fill(password);
  const clicked = Date.now();
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return { clicked, left: Date.now() };
}

/** `data-state` of the sidebar's offline line (null before it shows). */
export async function offlineLineState(page) {
  return page.evaluate(
    () => document.querySelector('.kring-offline-line')?.getAttribute('data-state') ?? null,
  );
}

/**
 * Of the `documents` store: how many records of `slug` there are and how many have a server
 * state vector; with `ids`, also those records' `text` and `serverStateVector` (one transaction).
 */
export function offlineRecords(page, slug, ids = null) {
  return page.evaluate(
    async ({ slug, ids }) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === 'kring-offline'))
        return { total: 0, pulled: 0, records: {} };
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('kring-offline');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('documents')) return { total: 0, pulled: 0, records: {} };
        const tx = db.transaction('documents', 'readonly');
        const store = tx.objectStore('documents');
        const request = (source) =>
          new Promise((resolve, reject) => {
            source.onsuccess = () => resolve(source.result);
            source.onerror = () => reject(source.error);
          });
        if (ids !== null) {
          const found = await Promise.all(ids.map((id) => request(store.get(id))));
          const records = {};
          for (const record of found) {
            if (record !== undefined) {
              records[record.id] = {
                text: record.text,
                serverStateVector: record.serverStateVector,
              };
            }
          }
          return { total: null, pulled: null, records };
        }
        const all = await request(store.index('slug').getAll(slug));
        return {
          total: all.length,
          pulled: all.filter((record) => record.serverStateVector != null).length,
          records: {},
        };
      } finally {
        db.close();
      }
    },
    { slug, ids },
  );
}

/** `navigator.storage.estimate()` with Chromium's per-kind breakdown, and the content databases. */
export function storageEstimate(page) {
  return page.evaluate(async () => {
    const estimate = await navigator.storage.estimate();
    const databases = await indexedDB.databases();
    return {
      usage: estimate.usage ?? null,
      quota: estimate.quota ?? null,
      usageDetails: estimate.usageDetails ?? null,
      contentDatabases: databases.filter((db) => db.name?.startsWith('kring:')).length,
    };
  });
}

/** Polls `check` (async, truthy when done) every `everyMs` until `timeoutMs`; throws then. */
export async function waitFor(what, check, { timeoutMs, everyMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
