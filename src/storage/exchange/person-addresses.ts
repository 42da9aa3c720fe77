// Mailing addresses of enrollees, which the carrier files carry (834 loop 2100A, N3/N4). The roster
// holds only the state and country of residence, so a generated population gets a synthetic street
// address for each enrollee that has none; a real roster's addresses replace them when loaded.
import { sql } from 'kysely';
import { loadZipPrefixTable } from '../../reference-data.ts';
import { lowestPrefixOfEachState } from '../../rules/zip-state.ts';
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
 * id, the state and country of residence, a ZIP Code in that state whose last two digits come from the
 * id); returns how many it added. Running it again adds nothing.
 */
export async function fillSyntheticAddresses(executor: Executor): Promise<number> {
  // A ZIP Code of the person's own state, so that the plans offered where they live (found by ZIP Code)
  // agree with their state of residence.
  const prefixes = JSON.stringify(lowestPrefixOfEachState(loadZipPrefixTable()));
  const compiled = sql`
    with added as (
      insert into person_address (person_id, line1, city, state, postal_code, country)
      select p.id,
        (100 + p.id % 9800)::text || ' ' || (${SYNTHETIC_STREETS}::text[])[1 + p.id % 10] || ' Street',
        'Synthetic City',
        case when p.residence_country = 'US' then coalesce(p.residence_state, 'DC') end,
        case when p.residence_country = 'US' then
          coalesce(${prefixes}::jsonb ->> coalesce(p.residence_state, 'DC'), '200') || lpad((p.id % 100)::text, 2, '0')
        end,
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
