// Who is calling: the principal an Authenticator finds on a request. The security module supplies the
// real Authenticator (OpenID Connect sessions); the server only requires that one is found.
import type { FastifyRequest } from 'fastify';

export type Role = 'enrollee' | 'support_specialist' | 'carrier' | 'program_administrator' | 'auditor';

export interface Principal {
  /** Stable identifier of the signed-in user (the OpenID Connect `sub`). */
  readonly subject: string;
  readonly role: Role;
  /** The person record of an enrollee. */
  readonly personId?: number;
  /** The partner organization of a support specialist. */
  readonly partnerOrganization?: string;
  /** The carriers whose enrollees a carrier user may see. */
  readonly carrierCodes?: readonly string[];
}

/** Finds the principal of a request, or null when the request carries no valid credentials. */
export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;

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
