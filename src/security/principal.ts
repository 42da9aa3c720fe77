// The signed-in user as the API sees them. These are the shapes src/server/principal.ts defines; once
// that file exists this one should only re-export it (kept here so security builds on its own).
import type { FastifyRequest } from 'fastify';

export type Role = 'enrollee' | 'support_specialist' | 'carrier' | 'program_administrator' | 'auditor';

export const ROLES: readonly Role[] = [
  'enrollee',
  'support_specialist',
  'carrier',
  'program_administrator',
  'auditor',
];

export interface Principal {
  subject: string;
  role: Role;
  personId?: number;
  partnerOrganization?: string;
  carrierCodes?: readonly string[];
}

export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;
