// Demo sign-ins for development and tests, one per role, all synthetic: their names are invented and
// the enrollee is person 1 of whatever synthetic roster is loaded (`pshb seed` numbers people from 1).
// They exist only in the development provider and in the user_account rows `saveDemoAccounts` writes.
import { executorOf } from '../storage/executor.ts';
import { firstAutomaticallyEnrolledPerson } from '../storage/security/demo-accounts.ts';
import type { Store } from '../storage/store.ts';
import type { DevAccount } from './dev-oidc-provider.ts';
import { saveUserAccount, type UserAccount } from './user-accounts.ts';

export interface DemoAccount extends DevAccount, UserAccount {
  /**
   * For an enrollee whose person depends on the population loaded: the first enrollee the open season
   * enrolled automatically, preferring one with a Medicare Part B exception (waiting for evidence, then
   * granted), so the demo shows an automatic enrollment and an exception.
   */
  readonly personChosen?: 'automatically-enrolled';
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    subject: 'demo-enrollee',
    email: 'enrollee@demo.pshb.invalid',
    givenName: 'Avery',
    familyName: 'Demo-Enrollee',
    role: 'enrollee',
    personId: 1,
  },
  {
    subject: 'demo-annuitant',
    email: 'annuitant@demo.pshb.invalid',
    givenName: 'Jordan',
    familyName: 'Demo-Annuitant',
    role: 'enrollee',
    personChosen: 'automatically-enrolled',
  },
  {
    subject: 'demo-specialist',
    email: 'specialist@demo.pshb.invalid',
    givenName: 'Blair',
    familyName: 'Demo-Specialist',
    role: 'support_specialist',
    partnerOrganization: 'helpline',
  },
  {
    subject: 'demo-rio-specialist',
    email: 'rio-specialist@demo.pshb.invalid',
    givenName: 'Rowan',
    familyName: 'Demo-Retirement-Office',
    role: 'support_specialist',
    partnerOrganization: 'retirement-information-office',
  },
  {
    subject: 'demo-phbt-specialist',
    email: 'phbt-specialist@demo.pshb.invalid',
    givenName: 'Parker',
    familyName: 'Demo-Postal-Team',
    role: 'support_specialist',
    partnerOrganization: 'postal-health-benefits-team',
  },
  {
    subject: 'demo-carrier',
    email: 'carrier@demo.pshb.invalid',
    givenName: 'Casey',
    familyName: 'Demo-Carrier',
    role: 'carrier',
    carrierCodes: ['NALC'],
  },
  {
    subject: 'demo-admin',
    email: 'admin@demo.pshb.invalid',
    givenName: 'Dana',
    familyName: 'Demo-Administrator',
    role: 'program_administrator',
  },
  {
    subject: 'demo-auditor',
    email: 'auditor@demo.pshb.invalid',
    givenName: 'Emery',
    familyName: 'Demo-Auditor',
    role: 'auditor',
  },
  {
    subject: 'demo-contracting-officer',
    email: 'contracting-officer@demo.pshb.invalid',
    givenName: 'Morgan',
    familyName: 'Demo-Contracting-Officer',
    role: 'contracting_officer',
  },
];

/**
 * Writes the demo accounts' user_account rows (development databases only). An account whose person is
 * chosen from the population is left out while no such person exists (before the open season run).
 */
export async function saveDemoAccounts(
  store: Store,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): Promise<void> {
  for (const account of accounts) {
    const personId = account.personChosen ? await automaticallyEnrolledEnrollee(store) : account.personId;
    if (account.personChosen && personId === undefined) continue;
    await saveUserAccount(store, {
      ...account,
      ...(personId !== undefined ? { personId } : {}),
      displayName: `${account.givenName} ${account.familyName}`,
    });
  }
}

function automaticallyEnrolledEnrollee(store: Store): Promise<number | undefined> {
  return firstAutomaticallyEnrolledPerson(executorOf(store));
}

/** What the landing page shows of each demo account in demo mode. */
export function demoAccountSummaries(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS) {
  return accounts.map((account) => ({
    subject: account.subject,
    role: account.role,
    displayName: `${account.givenName} ${account.familyName}`,
    scope:
      account.personId !== undefined
        ? `person ${account.personId}`
        : account.personChosen
          ? 'an enrollee enrolled automatically'
          : account.partnerOrganization
            ? account.partnerOrganization
            : account.carrierCodes
              ? account.carrierCodes.join(', ')
              : 'all',
  }));
}
