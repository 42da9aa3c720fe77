// The people a Medicare entitlement request may name, read in windows of person ids (keyset: each
// window starts after the last id of the one before, so the read streams at any size). The read keeps
// to households whose enrollee is an annuitant or survivor annuitant, the only ones the Part B
// requirement of 5 CFR 890.1604 reaches; which of them to ask about is the rules' to decide
// (src/rules/medicare-verification.ts).
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import { runRaw } from './medicare-raw.ts';

export interface MedicareCandidateRow {
  readonly id: number;
  readonly household_id: number;
  readonly relationship: string;
  readonly category: string;
  readonly last_employing_agency: string;
  readonly enrollee_category: string;
  readonly enrollee_last_employing_agency: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly birth_date: string;
  readonly sex: string;
  readonly has_part_a: boolean;
  /** Ciphertext; decrypted only to write the request. */
  readonly ssn: string;
  readonly medicare_number: string | null;
}

/**
 * Up to `limit` people of annuitant households with an id above `afterId`, by id, who have Medicare in
 * view on `asOf`: Part A or a Medicare number on record, or born early enough that their Medicare
 * initial enrollment period may have opened (64 years and 8 months: a little wider than the rule, which
 * decides exactly).
 */
export async function medicareCandidates(
  executor: Executor,
  asOf: string,
  afterId: number,
  limit: number,
): Promise<MedicareCandidateRow[]> {
  const rows = await runRaw(
    executor,
    sql<MedicareCandidateRow>`
      select p.id, p.household_id, p.relationship, p.category, p.last_employing_agency,
        h.category as enrollee_category, h.last_employing_agency as enrollee_last_employing_agency,
        p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex,
        p.medicare_part_a_start is not null as has_part_a, p.ssn, p.medicare_number
      from person p
      -- The enrollee by one index probe per person (\`limit 1\` keeps the planner from turning it into a
      -- hash join, which would read the whole person table again for every window).
      join lateral (
        select e.category, e.last_employing_agency from person e where e.id = p.household_id limit 1
      ) h on true
      where p.id > ${afterId}
        and h.category in ('annuitant', 'survivor_annuitant')
        and (p.medicare_part_a_start is not null or p.medicare_number is not null
          or p.birth_date < ${asOf}::date - interval '64 years 8 months')
      order by p.id
      limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), household_id: Number(r.household_id) }));
}
