import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';

/** State of a table whose rows each have one action (revoke, remove…). */
export interface RowAction {
  /** Id of the row whose action is running, or null. */
  readonly busyId: string | null;
  /** Message of the last failure, shown above the table, or null. */
  readonly error: string | null;
  /** Runs `work` for row `id` (one at a time), then `onDone`; a failure sets `error`. */
  run(id: string, work: () => Promise<unknown>, onDone: () => void): void;
}

/** One action per table row, one row at a time, with the failure explained. */
export function useRowAction(): RowAction {
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    busyId,
    error,
    run(id, work, onDone) {
      if (busyId !== null) return;
      setBusyId(id);
      setError(null);
      work().then(
        () => {
          setBusyId(null);
          onDone();
        },
        (failure: unknown) => {
          setBusyId(null);
          setError(apiErrorMessage(t, failure));
        },
      );
    },
  };
}
