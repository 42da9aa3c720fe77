// Who is signed in, for every screen: GET /api/v1/me once, shared through context. A 401 means nobody is
// signed in (the landing page offers sign-in); a screen for one role sends others back with a message.
import { createContext, useContext, type ReactNode } from 'react';
import { useApi } from './use-api.ts';

export type Role =
  'enrollee' | 'support_specialist' | 'carrier' | 'program_administrator' | 'auditor' | 'contracting_officer';

export interface Me {
  readonly subject: string;
  readonly role: Role;
  readonly displayName: string;
  readonly personId: number | null;
  readonly partnerOrganization: string | null;
  readonly carrierCodes: readonly string[];
  /** The program's today (YYYY-MM-DD); a demo fixes it inside the open season. */
  readonly programDate: string;
}

export interface Session {
  /** undefined while loading, null when nobody is signed in. */
  readonly me: Me | null | undefined;
}

const SessionContext = createContext<Session>({ me: undefined });

export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error, loading } = useApi<Me>('me');
  const me = loading ? undefined : error ? null : (data ?? null);
  return <SessionContext.Provider value={{ me }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** Where each role starts after signing in. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'enrollee':
      return '/portal';
    case 'support_specialist':
      return '/console';
    case 'contracting_officer':
      return '/dashboard/performance';
    default:
      return '/dashboard';
  }
}

/**
 * The sign-in address that comes back to `returnTo` (a path on this site), asking the sign-in provider
 * to speak the page's language.
 */
export function signInHref(returnTo: string, loginHint?: string): string {
  const query = new URLSearchParams({
    return_to: returnTo,
    ui_locales: document.documentElement.lang || 'en',
  });
  if (loginHint) query.set('login_hint', loginHint);
  return `/auth/login?${query.toString()}`;
}
