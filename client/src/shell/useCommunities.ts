import { useEffect, useState } from 'react';
import type { CommunityView } from '@kring/shared';
import { api } from '../api/api.js';

/**
 * The person's communities for the switcher (null while loading or unreachable); loaded again
 * when `reloadKey` changes (another person signed in, or the community shown changed).
 */
export function useCommunities(reloadKey: string): readonly CommunityView[] | null {
  const [communities, setCommunities] = useState<readonly CommunityView[] | null>(null);
  useEffect(() => {
    let current = true;
    api.communities.list().then(
      (list) => {
        if (current) setCommunities(list);
      },
      () => {
        // Offline: the switcher keeps what it had.
      },
    );
    return () => {
      current = false;
    };
  }, [reloadKey]);
  return communities;
}
