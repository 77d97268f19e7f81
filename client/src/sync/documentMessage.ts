import { MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE } from '@kring/shared';

/**
 * True for a frame that carries document changes (sync step 2 or update). The server counts the
 * same messages per connection and reports how many are durable in its `saved` message.
 */
export function isDocumentMessage(frame: unknown): boolean {
  const bytes =
    frame instanceof Uint8Array
      ? frame
      : frame instanceof ArrayBuffer
        ? new Uint8Array(frame)
        : null;
  // Both var-uints are single bytes for these small values.
  return (
    bytes !== null &&
    bytes.length >= 2 &&
    bytes[0] === MESSAGE_SYNC &&
    (bytes[1] === SYNC_STEP_2 || bytes[1] === SYNC_UPDATE)
  );
}
