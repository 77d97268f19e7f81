import { useEffect, useState } from 'react';
import type { PresencePersonView } from '@kring/shared';
import { apiClient } from '../../../api/api.js';
import { presenceApi } from '../../../api/presence.js';

/** How often the overview asks who is here, while the tab is visible. */
export const PRESENCE_REFRESH_MS = 15_000;

const presence = presenceApi(apiClient);

/** What {@link usePresence} returns: null until the first answer; `failed` after a refused one. */
export interface PresenceState {
  readonly people: readonly PresencePersonView[] | null;
  readonly failed: boolean;
}

/**
 * Who has the community's pages open, asked again every {@link PRESENCE_REFRESH_MS} while the
 * browser tab is visible (and at once when it becomes visible again); a hidden tab asks nothing.
 */
export function usePresence(slug: string): PresenceState {
  const [state, setState] = useState<PresenceState>({ people: null, failed: false });

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const ask = () => {
      window.clearTimeout(timer);
      timer = undefined;
      if (document.visibilityState === 'hidden') return;
      presence.inCommunity(slug).then(
        (people) => {
          if (!stopped) setState({ people, failed: false });
        },
        () => {
          // Keep the last list: a missed refresh is not worth an alarm, only a first failure.
          if (!stopped) setState((current) => ({ ...current, failed: current.people === null }));
        },
      );
      timer = window.setTimeout(ask, PRESENCE_REFRESH_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') ask();
    };
    ask();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [slug]);

  return state;
}
