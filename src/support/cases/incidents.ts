// Incidents for the technical command center: a fault that makes callers contact the network, opened
// once and linked to every case it causes, so the center sees the calls behind a fault and a case shows
// the fault behind it.
import { PshbError } from '../../errors.ts';
import type { Executor } from '../../storage/executor.ts';
import { lockCase } from '../../storage/support/cases.ts';
import {
  insertIncident,
  insertIncidentCase,
  insertIncidentResolution,
  selectIncident,
  selectIncidents,
  type IncidentRow,
} from '../../storage/support/incidents.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { checkStillHeld } from './case-actor.ts';

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
  executor: Executor,
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
  const id = await insertIncident(executor, {
    title: input.title,
    description: input.description,
    severity: input.severity,
    partner,
    opened_by: input.openedBy,
  });
  return readIncident(executor, id);
}

export async function readIncident(executor: Executor, id: number): Promise<Incident> {
  const row = await selectIncident(executor, id);
  if (!row) throw new PshbError('NOT_FOUND', `no incident ${id}`);
  return toIncident(row);
}

/** Links a case to the incident that caused it; linking it again changes nothing. */
export async function linkCase(
  executor: Executor,
  incidentId: number,
  caseId: number,
  linkedBy: string,
  /** The partner that held the case when the request was allowed (absent at the command line). */
  heldBy?: string,
): Promise<Incident> {
  await readIncident(executor, incidentId);
  const current = await lockCase(executor, caseId);
  if (!current) throw new PshbError('NOT_FOUND', `no support case ${caseId}`);
  checkStillHeld(caseId, current.partner, { heldBy });
  await insertIncidentCase(executor, { incidentId, caseId, linkedBy });
  return readIncident(executor, incidentId);
}

/** Resolves the incident once; a second resolution is a CONFLICT (the first one stands). */
export async function resolveIncident(
  executor: Executor,
  incidentId: number,
  input: { resolution: string; resolvedBy: string },
): Promise<Incident> {
  const incident = await readIncident(executor, incidentId);
  const inserted = await insertIncidentResolution(executor, { incidentId, ...input });
  if (!inserted) {
    throw new PshbError(
      'CONFLICT',
      `incident ${incidentId} was already resolved${incident.resolution ? ` on ${incident.resolution.at.slice(0, 10)} by ${incident.resolution.by}` : ''}`,
    );
  }
  return readIncident(executor, incidentId);
}

/** Incidents, newest first, before the given id. */
export async function listIncidents(
  executor: Executor,
  before: number | null,
  limit: number,
): Promise<Incident[]> {
  const rows = await selectIncidents(executor, before, limit);
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
