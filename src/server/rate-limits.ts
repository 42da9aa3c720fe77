// Limits on how fast one client may call: sign-in per address, the API per session and per address
// (@fastify/rate-limit). A request over a limit is answered 429 RATE_LIMITED with Retry-After before
// anything else runs. On PostgreSQL the counters are in the database (rate-limit-store.ts), so every
// server process counts a client together; on PGlite the one process counts in memory.
import type { Environment } from '../config/configuration.ts';
import { createHash } from 'node:crypto';
import fastifyRateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { PshbError } from '../errors.ts';
import { readCookie } from '../security/cookies.ts';
import { SESSION_COOKIE } from '../security/sessions.ts';

export interface RateLimits {
  /** The window the counts below are over. */
  readonly windowSeconds: number;
  /** Requests to /auth/* (sign-in starts, callbacks, sign-outs) per client address; 0 no limit. */
  readonly signInPerAddress: number;
  /** API requests per session cookie; 0 no limit. */
  readonly apiPerSession: number;
  /** API requests per client address, whatever the session; 0 no limit. */
  readonly apiPerAddress: number;
}

/**
 * Generous for people (a page of the web app makes a handful of requests; the test suites and the
 * end-to-end journeys never come near them), short enough to stop a burst within seconds.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowSeconds: 10,
  signInPerAddress: 50,
  apiPerSession: 200,
  apiPerAddress: 2000,
};

/** The limits from the environment's PSHB_RATE_LIMIT_* variables (0: no limit). */
export function rateLimitsOf(environment: Environment): RateLimits {
  return {
    windowSeconds: environment.PSHB_RATE_LIMIT_WINDOW_SECONDS,
    signInPerAddress: environment.PSHB_RATE_LIMIT_SIGN_IN_PER_ADDRESS,
    apiPerSession: environment.PSHB_RATE_LIMIT_API_PER_SESSION,
    apiPerAddress: environment.PSHB_RATE_LIMIT_API_PER_ADDRESS,
  };
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** `store`: where the counters live; default each process's memory. */
export async function installRateLimits(
  app: FastifyInstance,
  limits: RateLimits,
  apiPrefix: string,
  store?: FastifyRateLimitStoreCtor,
) {
  await app.register(fastifyRateLimit, { global: false, ...(store ? { store } : {}) });
  const timeWindow = limits.windowSeconds * 1000;
  const limiter = (max: number, key: (request: FastifyRequest) => string): Limiter | null =>
    max > 0 ? app.createRateLimit({ max, timeWindow, keyGenerator: key }) : null;
  const signIn = limiter(limits.signInPerAddress, (request) => `sign-in ${request.ip}`);
  const perAddress = limiter(limits.apiPerAddress, (request) => `api ${request.ip}`);
  const perSession = limiter(limits.apiPerSession, (request) => `session ${sessionKeyOf(request)}`);
  /** The limits a request counts against: none for pages and assets. */
  const limitersFor = (request: FastifyRequest): Limiter[] => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/auth/')) return signIn ? [signIn] : [];
    if (path !== apiPrefix && !path.startsWith(`${apiPrefix}/`)) return [];
    // The session's key is hashed only when sessions are limited (the busiest reads pass here).
    const session = perSession && sessionKeyOf(request) ? perSession : null;
    return [session, perAddress].filter((limiter) => limiter !== null);
  };

  // Callback hooks: they run on every request, and an async one costs each a promise.
  // Heavy work refused for lack of room (simulations) is retried after a few seconds too.
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (reply.statusCode === 429 && !reply.hasHeader('retry-after')) void reply.header('retry-after', '5');
    done(null, payload);
  });
  app.addHook('onRequest', (request, reply, done) => {
    const limiters = limitersFor(request);
    if (limiters.length === 0) return done();
    enforce(request, reply, limiters).then(() => done(), done);
  });
}

/** The session a request claims (checked later by sign-in), hashed: counters never hold a token. */
function sessionKeyOf(request: FastifyRequest): string | undefined {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  return token ? createHash('sha256').update(token).digest('base64url') : undefined;
}

async function enforce(request: FastifyRequest, reply: FastifyReply, limiters: readonly Limiter[]) {
  for (const limiter of limiters) {
    const outcome = await limiter(request);
    if (outcome.isAllowed || !outcome.isExceeded) continue;
    const seconds = Math.max(1, outcome.ttlInSeconds);
    void reply.header('retry-after', String(seconds));
    throw new PshbError(
      'RATE_LIMITED',
      `too many requests from this session or address; try again in ${seconds} seconds`,
    );
  }
}

/**
 * Which proxies' X-Forwarded-For to believe for the client address (PSHB_TRUST_PROXY): unset, none (the
 * address is the connection's); a number, that many proxies in front; else their addresses or CIDR
 * ranges, comma-separated. Behind a load balancer, without it every client shares one address.
 */
export function trustProxyOf(setting: string | null): FastifyServerOptions['trustProxy'] {
  const text = setting?.trim();
  if (!text) return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  return text.split(',').map((part) => part.trim());
}
