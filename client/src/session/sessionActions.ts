import type { LoginRequest, SignupRequest } from '@kring/shared';
import { api, apiClient } from '../api/api.js';
import { ApiError } from '../api/ApiError.js';
import { setSignedIn, setSignedOut, setUnreachable } from './sessionStore.js';

/**
 * Asks the server who is signed in and updates the session store: signed in, signed out, or
 * unreachable (offline; not the same as signed out). Never throws.
 */
export async function loadSession(): Promise<void> {
  try {
    const session = await api.auth.session();
    setSignedIn(session.user);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) setSignedOut();
    else setUnreachable();
  }
}

/** Signs in with email and password; rejects with an `ApiError` (e.g. `invalid_credentials`). */
export async function login(request: LoginRequest): Promise<void> {
  const session = await api.auth.login(request);
  setSignedIn(session.user);
}

/** Creates an account (first account, invitation or allowed domain) and signs in. */
export async function signup(request: SignupRequest): Promise<void> {
  const session = await api.auth.signup(request);
  setSignedIn(session.user);
}

/**
 * Signs out here, or everywhere (every session of this user); with `wipeLocalData`, also removes
 * everything Kring keeps in this browser, before the screens learn nobody is signed in (so no
 * screen reads the data while it goes).
 */
export async function logout(everywhere = false, wipeLocalData = false): Promise<void> {
  try {
    if (everywhere) await api.auth.logoutEverywhere();
    else await api.auth.logout();
  } catch (error) {
    // Already signed out (session expired or revoked elsewhere): the goal is reached.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  if (wipeLocalData) {
    const { wipeLocalData: wipe } = await import('../offline/wipeLocalData.js');
    await wipe();
  }
  apiClient.forgetSession();
  setSignedOut();
}
