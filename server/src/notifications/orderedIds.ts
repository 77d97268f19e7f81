/**
 * Ids that sort by creation time (then by a per-process sequence), with a random tail, like
 * comment threads' ids: keys `<userId>!<id>` list oldest first.
 */
export function orderedIds(now: () => number): () => string {
  let lastMillis = 0;
  let sequence = 0;
  return () => {
    const millis = Math.max(now(), lastMillis);
    if (millis !== lastMillis) sequence = 0;
    lastMillis = millis;
    sequence += 1;
    const random = Math.random().toString(36).slice(2, 8).padEnd(6, '0');
    return `${millis.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${random}`;
  };
}
