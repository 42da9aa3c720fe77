// Incidents of the technical command center, the cases linked to them, and their resolution (recorded
// once beside the incident, which is never updated).
import { sql, type InferResult, type Insertable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { SupportIncidentTable } from '../tables/support-tables.ts';

/** An incident with its linked case ids (ascending) and its resolution, null while it is open. */
function selectIncidentRows() {
  return sqlBuilder
    .selectFrom('support_incident as i')
    .leftJoin('support_incident_resolution as r', 'r.incident_id', 'i.id')
    .selectAll('i')
    .select((eb) => [
      sql<(number | string)[] | null>`array(${eb
        .selectFrom('support_incident_case as c')
        .select('c.case_id')
        .whereRef('c.incident_id', '=', 'i.id')
        .orderBy('c.case_id')})`.as('cases'),
      'r.resolution',
      'r.resolved_by',
      'r.resolved_at',
    ]);
}

export type IncidentRow = InferResult<ReturnType<typeof selectIncidentRows>>[number];

export async function selectIncident(executor: Executor, id: number): Promise<IncidentRow | undefined> {
  const [row] = await execute(executor, selectIncidentRows().where('i.id', '=', id));
  return row;
}

/** Incidents, newest first, before the given id (from the newest when null). */
export function selectIncidents(
  executor: Executor,
  before: number | null,
  limit: number,
): Promise<IncidentRow[]> {
  let select = selectIncidentRows();
  if (before !== null) select = select.where('i.id', '<', before);
  return execute(executor, select.orderBy('i.id', 'desc').limit(limit));
}

export async function insertIncident(
  executor: Executor,
  incident: Insertable<SupportIncidentTable>,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder.insertInto('support_incident').values(incident).returning('id'),
  );
  return Number(row?.id);
}

/** Links a case to an incident; a link that exists already stays as it was. */
export async function insertIncidentCase(
  executor: Executor,
  link: { incidentId: number; caseId: number; linkedBy: string },
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('support_incident_case')
      .values({ incident_id: link.incidentId, case_id: link.caseId, linked_by: link.linkedBy })
      .onConflict((oc) => oc.columns(['incident_id', 'case_id']).doNothing()),
  );
}

/** Records the resolution; false when the incident had one already (which then stands). */
export async function insertIncidentResolution(
  executor: Executor,
  resolution: { incidentId: number; resolution: string; resolvedBy: string },
): Promise<boolean> {
  const inserted = await execute(
    executor,
    sqlBuilder
      .insertInto('support_incident_resolution')
      .values({
        incident_id: resolution.incidentId,
        resolution: resolution.resolution,
        resolved_by: resolution.resolvedBy,
      })
      .onConflict((oc) => oc.column('incident_id').doNothing())
      .returning('incident_id'),
  );
  return inserted.length > 0;
}

/** The incidents a case is linked to, ascending. */
export async function selectIncidentIdsOfCase(executor: Executor, caseId: number): Promise<number[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('support_incident_case')
      .select('incident_id')
      .where('case_id', '=', caseId)
      .orderBy('incident_id'),
  );
  return rows.map((r) => Number(r.incident_id));
}
