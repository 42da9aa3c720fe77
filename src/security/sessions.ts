// Server-side sessions: the browser holds a random 256-bit token in an HttpOnly cookie; the database
// holds only the token's SHA-256, the subject and the expiry. Signing out or disabling the account ends
// the session at once, on every process, which a self-contained token could not do (docs/adr/0005).
import { createHash, randomBytes } from 'node:crypto';
import { executorOf } from '../storage/executor.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionAccount,
  insertSession,
} from '../storage/security/sessions.ts';
import type { Store } from '../storage/store.ts';
import { readCookie } from './cookies.ts';
import type { Authenticator, Principal } from './principal.ts';
import { principalOfAccount } from './user-accounts.ts';

export const SESSION_COOKIE = 'pshb_session';
/** A session lasts 12 hours from sign-in (login.gov's own session is shorter; this bounds ours). */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session for the subject; returns the token to put in the cookie. */
export async function createSession(
  store: Store,
  subject: string,
  options: { idToken?: string; ttlSeconds?: number } = {},
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(executorOf(store), {
    tokenHash: hashToken(token),
    subject,
    idToken: options.idToken ?? null,
    expiresAt: new Date(Date.now() + (options.ttlSeconds ?? SESSION_TTL_SECONDS) * 1000),
  });
  return token;
}

/**
 * The principal of a live session of an active account, or null. Asked of the database on every
 * request, by a statement each connection prepares once: signing out, an expired session and a
 * deactivated account take effect at the next request on every process (a cache kept per process
 * would let a revoked session work on the others until it expired).
 */
export async function sessionPrincipal(store: Store, token: string | undefined): Promise<Principal | null> {
  if (!token || token.length > 100) return null;
  const account = await findSessionAccount(store, hashToken(token));
  return account ? principalOfAccount(account) : null;
}

/** Ends the session; returns its id token (for the provider's logout) when there was one. */
export async function endSession(store: Store, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const ended = await deleteSession(executorOf(store), hashToken(token));
  return ended?.idToken ?? null;
}

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(store: Store): Promise<number> {
  return deleteExpiredSessions(executorOf(store));
}

/** The Authenticator of the API: the principal of the request's session cookie. */
export function sessionAuthenticator(store: Store): Authenticator {
  return (request) => sessionPrincipal(store, readCookie(request.headers.cookie, SESSION_COOKIE));
}
