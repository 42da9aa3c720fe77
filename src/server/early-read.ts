// A read a route may start as its request arrives, before the session lookup has answered. The
// busiest read of open season (a person's eligibility) needs both its data and the session, and each
// waits for a batched statement; started together, they share one wait instead of two. The read must
// not depend on who asks, and its result is used only after the access decision, exactly as a read
// started later would be: a request refused at sign-in never looks at it. Rate limits by address run
// before it, so a client without a session cannot make the server read more than its limit allows.
import type { FastifyRequest } from 'fastify';

/** A read started early, with the key (e.g. person and open season) it was started for. */
export interface EarlyRead {
  readonly key: string;
  readonly result: Promise<unknown>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Starts the route's read as the request arrives; undefined when the request cannot use one. */
    earlyRead?: (request: FastifyRequest) => EarlyRead | undefined;
  }
  interface FastifyRequest {
    /** The read its route started as the request arrived, if any. */
    earlyRead: EarlyRead | undefined;
  }
}

/** Called by the authentication hook before it looks the session up. */
export function startEarlyRead(request: FastifyRequest): void {
  const read = request.routeOptions.config.earlyRead?.(request);
  if (!read) return;
  // Awaited by the handler when the request gets that far; a refused request leaves it unread.
  read.result.catch(() => undefined);
  request.earlyRead = read;
}

/** The early read's result when it was started for `key` (what the handler validated), else undefined. */
export function earlyReadFor<Result>(request: FastifyRequest, key: string): Promise<Result> | undefined {
  const read = request.earlyRead;
  return read?.key === key ? (read.result as Promise<Result>) : undefined;
}
