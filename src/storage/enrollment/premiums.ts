// How many households hold each PSHB enrollment code now, the weights of the program-wide average
// premium (5 U.S.C. 8906(a) with 8903c(i)).
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/**
 * A household counts with the enrollment code of its latest event when that event left it enrolled:
 * an open season run's enrollment, or a lifecycle transition into 'enrolled'.
 */
export async function countCurrentEnrollments(
  executor: Executor,
): Promise<{ enrollmentCode: string; count: number }[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .with('latest', (db) =>
        db
          .selectFrom('enrollment_event')
          .distinctOn('person_id')
          .select(['id', 'event_type', 'enrollment_code'])
          .orderBy('person_id')
          .orderBy('id', 'desc'),
      )
      .selectFrom('latest as l')
      .leftJoin('lifecycle_transition as t', 't.event_id', 'l.id')
      .select(['l.enrollment_code', sql<number>`count(*)::int`.as('count')])
      .where('l.enrollment_code', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('l.event_type', 'in', [sql.lit('automatic_enrollment'), sql.lit('open_season_election')]),
          eb('t.to_status', '=', sql.lit('enrolled')),
        ]),
      )
      .groupBy('l.enrollment_code'),
  );
  return rows.map((r) => ({ enrollmentCode: r.enrollment_code ?? '', count: Number(r.count) }));
}
