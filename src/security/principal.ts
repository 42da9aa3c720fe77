// The signed-in user: who is calling, in what role, over which data. The security module finds the
// principal of a request (OpenID Connect sessions); the server only requires that one is found.
import type { FastifyRequest } from 'fastify';

export type Role =
  'enrollee' | 'support_specialist' | 'carrier' | 'program_administrator' | 'auditor' | 'contracting_officer';

/** The roles, for checks at run time. */
export const ROLES: readonly Role[] = [
  'enrollee',
  'support_specialist',
  'carrier',
  'program_administrator',
  'auditor',
  'contracting_officer',
];

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
