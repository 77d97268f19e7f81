import * as Y from 'yjs';

/**
 * How much content one transaction added: characters of text, and one unit for every other item
 * (an embed, a format mark, a paragraph). Yjs numbers each client's content units with a clock,
 * so the clocks' advance is exactly what was added — read from the transaction's state vectors,
 * without walking the document. Content deleted later still counts: it was contributed.
 */
export function addedInTransaction(transaction: Y.Transaction): number {
  let added = 0;
  for (const [client, after] of transaction.afterState) {
    added += after - (transaction.beforeState.get(client) ?? 0);
  }
  return added;
}

/** How much content an update carries (as {@link addedInTransaction}), read from its header. */
export function addedInUpdate(update: Uint8Array): number {
  const { from, to } = Y.parseUpdateMeta(update);
  let added = 0;
  for (const [client, end] of to) added += end - (from.get(client) ?? 0);
  return added;
}
