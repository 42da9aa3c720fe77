// The people whose Part B standing matters, read for a Medicare entitlement request in windows of
// person ids (keyset: each window starts after the last id of the one before, so the read streams).
// A person matters when the household's enrollee is not an employee (the Part B requirement of
// 5 CFR 890.1604 binds annuitants and their family members) and the person has Part A or a Medicare
// number on record, or is within three months of 65 on the day (the Medicare initial enrollment
// period opens three months before the 65th birthday month, 42 CFR 407.14).
import { sql } from 'kysely';
import type { Executor } from '../executor.ts';
import { runRaw } from './medicare-raw.ts';

export interface MedicareCandidateRow {
  readonly id: number;
  readonly first_name: string;
  readonly last_name: string;
  readonly birth_date: string;
  readonly sex: string;
  /** Ciphertext; decrypted only to write the request. */
  readonly ssn: string;
  readonly medicare_number: string | null;
}

/** Up to `limit` candidates with an id above `afterId`, by id. */
export async function medicareCandidates(
  executor: Executor,
  asOf: string,
  afterId: number,
  limit: number,
): Promise<MedicareCandidateRow[]> {
  const rows = await runRaw(
    executor,
    sql<MedicareCandidateRow>`
      select p.id, p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.sex,
        p.ssn, p.medicare_number
      from person p
      join person h on h.id = p.household_id
      where p.id > ${afterId}
        and h.category <> 'employee'
        and (p.medicare_part_a_start is not null or p.medicare_number is not null
          or p.birth_date <= (${asOf}::date - interval '65 years' + interval '3 months'))
      order by p.id
      limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
