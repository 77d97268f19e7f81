import { useSyncExternalStore } from 'react';
import { identityStore, type Identity } from '../sync/identity.js';

/** This browser's stored identity (guest number). */
export function useIdentity(): Identity {
  return useSyncExternalStore(identityStore.subscribe, identityStore.getSnapshot);
}
