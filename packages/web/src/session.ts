// The signed-in user and CSRF token, held once for the whole app and read with useSession().
import { useSyncExternalStore } from 'react';
import { api, setApiHooks, setCsrfToken } from './api.js';
import type { Role, SessionResponse, SessionUser } from './api-types.js';

export type SessionState =
  { status: 'loading' } | { status: 'ready'; user: SessionUser | null } | { status: 'failed' };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches the session (user and a fresh CSRF token) from the server. */
export async function refreshSession(): Promise<SessionUser | null> {
  try {
    const session = await api.get<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    setState({ status: 'ready', user: session.user });
    return session.user;
  } catch (error) {
    if (state.status === 'loading') setState({ status: 'failed' });
    throw error;
  }
}

let signingOut = false;

/**
 * Runs a sign-out: until it has finished (the session ended and the signed-out page shown), an
 * API call answered "unauthenticated" (a banner's poll, say) does not end the session in the
 * page, which would send the person to sign in again instead of the signed-out page.
 */
export async function duringSignOut(work: () => Promise<void>): Promise<void> {
  signingOut = true;
  try {
    await work();
  } finally {
    signingOut = false;
  }
}

setApiHooks({
  csrfRejected: async () => {
    await refreshSession().catch(() => undefined);
  },
  unauthenticated: () => {
    if (!signingOut) void refreshSession().catch(() => undefined);
  },
});

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}
