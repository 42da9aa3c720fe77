// Server-side sessions: the browser holds a random 256-bit token in an HttpOnly cookie; the database
// holds only the token's SHA-256, the subject and the expiry. Signing out or disabling the account ends
// the session at once, on every process, which a self-contained token could not do (docs/adr/0005).
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../storage/store.ts';
import { readCookie } from './cookies.ts';
import type { Authenticator, Principal } from './principal.ts';
import { securityDb } from './security-tables.ts';
import { principalOfAccount, type UserAccountRow } from './user-accounts.ts';

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

/**
 * The principal of a live session of an active account, or null. Asked of the database on every
 * request, by a statement each connection prepares once: signing out, an expired session and a
 * deactivated account take effect at the next request on every process (a cache kept per process
 * would let a revoked session work on the others until it expired).
 */
export async function sessionPrincipal(store: Store, token: string | undefined): Promise<Principal | null> {
  if (!token || token.length > 100) return null;
  const [row] = await store.prepared<UserAccountRow>(
    'session-principal',
    `select u.subject, u.role, u.person_id, u.partner_organization, u.carrier_codes
    from auth_session s join user_account u on u.subject = s.subject
    where s.token_hash = $1 and s.expires_at > now() and u.active`,
    [hashToken(token)],
  );
  return row ? principalOfAccount(row) : null;
}

/** Ends the session; returns its id token (for the provider's logout) when there was one. */
export async function endSession(store: Store, token: string | undefined): Promise<string | null> {
  if (!token) return null;
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
export function sessionAuthenticator(store: Store): Authenticator {
  return (request) => sessionPrincipal(store, readCookie(request.headers.cookie, SESSION_COOKIE));
}
