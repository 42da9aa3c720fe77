// Who may sign in, and as what: the identity provider proves who someone is (their subject); the
// user_account row says which role and data scope the exchange grants them. No row, no access.
import { executorOf } from '../storage/executor.ts';
import {
  findActiveAccount,
  upsertUserAccount,
  type UserAccountRow,
} from '../storage/security/user-accounts.ts';
import type { Store } from '../storage/store.ts';
import type { Principal, Role } from './principal.ts';
import { ROLES } from './principal.ts';

export interface UserAccount {
  readonly subject: string;
  readonly role: Role;
  readonly personId?: number;
  readonly partnerOrganization?: string;
  readonly carrierCodes?: readonly string[];
  readonly displayName?: string;
  readonly active?: boolean;
}

/** Creates or replaces the account of a subject. */
export async function saveUserAccount(store: Store, account: UserAccount): Promise<void> {
  const row = {
    subject: account.subject,
    role: account.role,
    person_id: account.personId ?? null,
    partner_organization: account.partnerOrganization ?? null,
    carrier_codes: [...(account.carrierCodes ?? [])],
    display_name: account.displayName ?? '',
    active: account.active ?? true,
  };
  await upsertUserAccount(executorOf(store), row);
}

export type { UserAccountRow };

export function principalOfAccount(row: UserAccountRow): Principal {
  if (!ROLES.includes(row.role as Role))
    throw new Error(`user_account ${row.subject} has unknown role ${row.role}`);
  return {
    subject: row.subject,
    role: row.role as Role,
    ...(row.person_id !== null ? { personId: Number(row.person_id) } : {}),
    ...(row.partner_organization !== null ? { partnerOrganization: row.partner_organization } : {}),
    ...(row.carrier_codes.length > 0 ? { carrierCodes: row.carrier_codes } : {}),
  };
}

/** The principal of an active account, or undefined. */
export async function findAccountPrincipal(store: Store, subject: string): Promise<Principal | undefined> {
  const row = await findActiveAccount(executorOf(store), subject);
  return row ? principalOfAccount(row) : undefined;
}
