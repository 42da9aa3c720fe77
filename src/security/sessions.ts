// Server-side sessions: the browser holds a random 256-bit token in an HttpOnly cookie; the database
// holds only the token's SHA-256, the subject and the expiry. Signing out or disabling the account ends
// the session at once, which a self-contained token could not do (docs/adr/0005).
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../storage/store.ts';
import { readCookie } from './cookies.ts';
import type { Authenticator, Principal } from './principal.ts';
import { securityDb } from './security-tables.ts';
import { principalOfAccount } from './user-accounts.ts';

export const SESSION_COOKIE = 'pshb_session';
/** A session lasts 12 hours from sign-in (login.gov's own session is shorter; this bounds ours). */
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Live sessions this process has looked up, by token hash, each trusted for SESSION_CACHE_MS: the
 * session lookup was one database round trip on every API request (docs/adr/0006). Signing out on this
 * process forgets the entry at once; a sign-out on another process, or a disabled account, takes
 * effect here within SESSION_CACHE_MS.
 */
export const SESSION_CACHE_MS = 10_000;
const MAX_CACHED_SESSIONS = 200_000;
const knownSessions = new Map<string, { readonly principal: Principal; readonly until: number }>();

/** Starts a session for the subject; returns the token to put in the cookie. */
export async function createSession(
  store: Store,
  subject: string,
  options: { idToken?: string; ttlSeconds?: number } = {},
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await securityDb(store)
    .insertInto('auth_session')
    .values({
      token_hash: hashToken(token),
      subject,
      id_token: options.idToken ?? null,
      expires_at: new Date(Date.now() + (options.ttlSeconds ?? SESSION_TTL_SECONDS) * 1000),
    })
    .execute();
  return token;
}

/** The principal of a live session of an active account, or null. */
export async function sessionPrincipal(store: Store, token: string | undefined): Promise<Principal | null> {
  if (!token || token.length > 100) return null;
  const row = await securityDb(store)
    .selectFrom('auth_session as s')
    .innerJoin('user_account as u', 'u.subject', 's.subject')
    .select(['u.subject', 'u.role', 'u.person_id', 'u.partner_organization', 'u.carrier_codes'])
    .where('s.token_hash', '=', hashToken(token))
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.active', '=', true)
    .executeTakeFirst();
  return row ? principalOfAccount(row) : null;
}

/** Ends the session; returns its id token (for the provider's logout) when there was one. */
export async function endSession(store: Store, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  knownSessions.delete(hashToken(token));
  const row = await securityDb(store)
    .deleteFrom('auth_session')
    .where('token_hash', '=', hashToken(token))
    .returning('id_token')
    .executeTakeFirst();
  return row?.id_token ?? null;
}

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(store: Store): Promise<number> {
  const result = await securityDb(store)
    .deleteFrom('auth_session')
    .where('expires_at', '<=', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The Authenticator of the API: the principal of the request's session cookie. */
export function sessionAuthenticator(store: Store, cacheMs = SESSION_CACHE_MS): Authenticator {
  return async (request) => {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token || token.length > 100) return null;
    const key = hashToken(token);
    const now = performance.now();
    const known = knownSessions.get(key);
    if (known && known.until > now) return known.principal;
    const principal = await sessionPrincipal(store, token);
    if (principal && cacheMs > 0) {
      if (knownSessions.size >= MAX_CACHED_SESSIONS) knownSessions.clear();
      knownSessions.set(key, { principal, until: now + cacheMs });
    } else knownSessions.delete(key);
    return principal;
  };
}
