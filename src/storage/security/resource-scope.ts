// What the access policy needs to know about a person that a request does not say: their household
// and the carriers of the household's current PSHB enrollment.
import { currentCarriersSubquery } from '../current-carriers.ts';
import type { Executor } from '../executor.ts';

export interface PersonScopeRow {
  readonly householdId: number;
  readonly carrierCodes: string[];
}

/**
 * The person's household and current carriers, or undefined when there is no such person. One round
 * trip, by a named statement each connection prepares once: it runs before nearly every read of
 * personal data.
 */
export async function findPersonScope(
  executor: Pick<Executor, 'prepared'>,
  personId: number,
): Promise<PersonScopeRow | undefined> {
  const [person] = await executor.prepared<{ household_id: number | string; carrier_codes: string[] | null }>(
    'person-scope',
    `select p.household_id, ${currentCarriersSubquery('p.household_id')} as carrier_codes
    from person p where p.id = $1`,
    [personId],
  );
  if (!person) return undefined;
  return { householdId: Number(person.household_id), carrierCodes: person.carrier_codes ?? [] };
}
