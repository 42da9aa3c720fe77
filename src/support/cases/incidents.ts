// Incidents for the technical command center: a fault that makes callers contact the network, opened
// once and linked to every case it causes, so the center sees the calls behind a fault and a case shows
// the fault behind it.
import { PshbError } from '../../errors.ts';
import type { Query } from '../../storage/raw-query.ts';
import type { SupportPlan } from '../plan/support-plan.ts';

export const INCIDENT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** Who runs incidents when the opener names no one: the first step of the plan's technical path. */
export const DEFAULT_INCIDENT_PATH = 'technical-incident';

export interface Incident {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly severity: IncidentSeverity;
  readonly partner: string;
  readonly openedBy: string;
  readonly openedAt: string;
  readonly cases: readonly number[];
  /** Set once, when the command center resolves the incident. */
  readonly resolution: { readonly text: string; readonly by: string; readonly at: string } | null;
}

interface IncidentRow {
  id: number | string;
  title: string;
  description: string;
  severity: IncidentSeverity;
  partner: string;
  opened_by: string;
  opened_at: string | Date;
  cases: (number | string)[] | null;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | Date | null;
}

const SELECT = `select i.*, array(select c.case_id from support_incident_case c where c.incident_id = i.id
    order by c.case_id) as cases, r.resolution, r.resolved_by, r.resolved_at
  from support_incident i left join support_incident_resolution r on r.incident_id = i.id`;

export function incidentOwner(plan: SupportPlan, partner?: string): string {
  if (partner !== undefined) {
    if (!plan.partners.some((p) => p.id === partner))
      throw new PshbError('INVALID_INPUT', `no partner "${partner}" in plan ${plan.id}`, [
        { field: 'partner', message: `one of ${plan.partners.map((p) => p.id).join(', ')}` },
      ]);
    return partner;
  }
  const path = plan.escalationPaths.find((p) => p.id === DEFAULT_INCIDENT_PATH);
  const owner = path?.steps[0]?.partner;
  if (!owner)
    throw new PshbError(
      'INVALID_INPUT',
      `plan ${plan.id} has no "${DEFAULT_INCIDENT_PATH}" path; name the partner`,
      [{ field: 'partner', message: 'required with this plan' }],
    );
  return owner;
}

export async function openIncident(
  query: Query,
  plan: SupportPlan,
  input: {
    title: string;
    description: string;
    severity: IncidentSeverity;
    partner?: string;
    openedBy: string;
  },
): Promise<Incident> {
  const partner = incidentOwner(plan, input.partner);
  const [row] = await query<{ id: number | string }>(
    `insert into support_incident (title, description, severity, partner, opened_by)
     values ($1, $2, $3, $4, $5) returning id`,
    [input.title, input.description, input.severity, partner, input.openedBy],
  );
  return readIncident(query, Number(row?.id));
}

export async function readIncident(query: Query, id: number): Promise<Incident> {
  const [row] = await query<IncidentRow>(`${SELECT} where i.id = $1`, [id]);
  if (!row) throw new PshbError('NOT_FOUND', `no incident ${id}`);
  return toIncident(row);
}

/** Links a case to the incident that caused it; linking it again changes nothing. */
export async function linkCase(
  query: Query,
  incidentId: number,
  caseId: number,
  linkedBy: string,
): Promise<Incident> {
  await readIncident(query, incidentId);
  const [found] = await query('select id from support_case where id = $1', [caseId]);
  if (!found) throw new PshbError('NOT_FOUND', `no support case ${caseId}`);
  await query(
    `insert into support_incident_case (incident_id, case_id, linked_by) values ($1, $2, $3)
     on conflict (incident_id, case_id) do nothing`,
    [incidentId, caseId, linkedBy],
  );
  return readIncident(query, incidentId);
}

/** Resolves the incident once; a second resolution is a CONFLICT (the first one stands). */
export async function resolveIncident(
  query: Query,
  incidentId: number,
  input: { resolution: string; resolvedBy: string },
): Promise<Incident> {
  const incident = await readIncident(query, incidentId);
  const inserted = await query(
    `insert into support_incident_resolution (incident_id, resolution, resolved_by) values ($1, $2, $3)
     on conflict (incident_id) do nothing returning incident_id`,
    [incidentId, input.resolution, input.resolvedBy],
  );
  if (inserted.length === 0) {
    throw new PshbError(
      'CONFLICT',
      `incident ${incidentId} was already resolved${incident.resolution ? ` on ${incident.resolution.at.slice(0, 10)} by ${incident.resolution.by}` : ''}`,
    );
  }
  return readIncident(query, incidentId);
}

/** Incidents, newest first, before the given id. */
export async function listIncidents(query: Query, before: number | null, limit: number): Promise<Incident[]> {
  const rows = await query<IncidentRow>(
    `${SELECT} where ($1::bigint is null or i.id < $1) order by i.id desc limit $2`,
    [before, limit],
  );
  return rows.map(toIncident);
}

function toIncident(row: IncidentRow): Incident {
  return {
    id: Number(row.id),
    title: row.title,
    description: row.description,
    severity: row.severity,
    partner: row.partner,
    openedBy: row.opened_by,
    openedAt: new Date(row.opened_at).toISOString(),
    cases: (row.cases ?? []).map(Number),
    resolution:
      row.resolution === null
        ? null
        : {
            text: row.resolution,
            by: row.resolved_by ?? '',
            at: new Date(row.resolved_at ?? 0).toISOString(),
          },
  };
}
