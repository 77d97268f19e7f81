import { useState } from 'react';

/**
 * True from the first render at which `value` is true, and from then on: a lazily loaded dialog
 * mounts when first opened and then stays mounted, so closing it hands the focus back as a
 * native `<dialog>` does.
 */
export function useOnceTrue(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}
