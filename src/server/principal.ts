// The principal on a request: set by the authentication hook before an /api/v1 handler runs.
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../security/principal.ts';

export type { Authenticator, Principal, Role } from '../security/principal.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every /api/v1 request before its handler runs; null elsewhere. */
    principal: Principal | null;
  }
}

/** The principal of an /api/v1 request (the authentication hook guarantees there is one). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf called on a route outside /api/v1');
  return request.principal;
}
