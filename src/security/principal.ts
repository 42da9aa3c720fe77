// The signed-in user as the API sees them: the types are src/server/principal.ts's; ROLES lists the
// roles for checks at run time.
import type { Role } from '../server/principal.ts';

export type { Authenticator, Principal, Role } from '../server/principal.ts';

export const ROLES: readonly Role[] = [
  'enrollee',
  'support_specialist',
  'carrier',
  'program_administrator',
  'auditor',
];
