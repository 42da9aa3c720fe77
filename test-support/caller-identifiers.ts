// What a caller tells a specialist to be found: last name and the last four digits of the SSN.
import type { Store } from '../src/storage/store.ts';

export interface CallerIdentifiers {
  readonly lastName: string;
  readonly ssnLastFour: string;
}

export async function callerIdentifiers(store: Store, personId: number): Promise<CallerIdentifiers> {
  const person = await store.db
    .selectFrom('person')
    .select(['last_name', 'ssn_last4'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return { lastName: person.last_name, ssnLastFour: person.ssn_last4 ?? '' };
}

/** The query string of the caller search (GET /api/v1/persons) for a person. */
export async function callerSearchQuery(store: Store, personId: number): Promise<string> {
  return new URLSearchParams({ ...(await callerIdentifiers(store, personId)) }).toString();
}
