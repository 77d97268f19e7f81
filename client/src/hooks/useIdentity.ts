import { useSyncExternalStore } from 'react';
import { identityStore, type Identity } from '../sync/identity.js';

/** This browser's stored identity (chosen name, colour). */
export function useIdentity(): Identity {
  return useSyncExternalStore(identityStore.subscribe, identityStore.getSnapshot);
}
