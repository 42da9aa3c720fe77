// Mailing addresses of enrollees, which the carrier files carry (834 loop 2100A, N3/N4). The roster
// holds only the state and country of residence, so a generated population gets a synthetic street
// address for each enrollee that has none; a real roster's addresses replace them when loaded.
import { sql } from 'kysely';
import { sqlBuilder, type Executor } from '../executor.ts';

const SYNTHETIC_STREETS = [
  'Maple',
  'Oak',
  'Cedar',
  'Pine',
  'Elm',
  'Birch',
  'Walnut',
  'Willow',
  'Aspen',
  'Spruce',
];

/**
 * Gives every enrollee without an address a synthetic one (house number and street from the person's
 * id, the state and country of residence, a ZIP code from the id); returns how many it added. Running
 * it again adds nothing.
 */
export async function fillSyntheticAddresses(executor: Executor): Promise<number> {
  const compiled = sql`
    with added as (
      insert into person_address (person_id, line1, city, state, postal_code, country)
      select p.id,
        (100 + p.id % 9800)::text || ' ' || (${SYNTHETIC_STREETS}::text[])[1 + p.id % 10] || ' Street',
        'Synthetic City',
        case when p.residence_country = 'US' then coalesce(p.residence_state, 'DC') end,
        case when p.residence_country = 'US' then lpad(((p.id * 7919) % 99999 + 1)::text, 5, '0') end,
        p.residence_country
      from person p
      where p.id = p.household_id
        and not exists (select 1 from person_address a where a.person_id = p.id)
      returning 1
    )
    select count(*)::int as added from added`.compile(sqlBuilder);
  const [row] = await executor.query<{ added: number }>(compiled.sql, compiled.parameters);
  return Number(row?.added ?? 0);
}
