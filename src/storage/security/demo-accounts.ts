// The person a demo sign-in stands for when it depends on the population loaded (development only).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/**
 * The first enrollee the open season enrolled automatically, preferring one whose Medicare Part B
 * decision waits for evidence, then one excepted, so the demo shows an automatic enrollment and an
 * exception; undefined before the open season run.
 */
export async function firstAutomaticallyEnrolledPerson(executor: Executor): Promise<number | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('enrollment_event as e')
      .innerJoin('coverage_decision as d', 'd.person_id', 'e.person_id')
      .select('e.person_id')
      .where('e.event_type', '=', sql.lit('automatic_enrollment'))
      .orderBy(
        sql`case d.part_b when 'pending_evidence' then 0 when 'excepted' then 1 when 'enrolled' then 2 else 3 end`,
      )
      .orderBy('e.person_id')
      .limit(1),
  );
  return row ? Number(row.person_id) : undefined;
}
