// A request for reconsideration as the operations answer it.
import type { ReconsiderationRow } from '../../../storage/performance/due-process-store.ts';
import { isoDay } from './due-process-step.ts';

export interface ReconsiderationView {
  readonly id: number;
  readonly evaluationId: number;
  readonly elementId: string | null;
  readonly grounds: string;
  readonly evidence: unknown;
  readonly requestedBy: string;
  readonly requestedOn: string;
  readonly decidedOn: string | null;
  readonly outcome: 'granted' | 'denied' | 'partly' | null;
  readonly decisionReason: string | null;
  readonly decidedBy: string | null;
  readonly decidedFactors: readonly { elementId: string; factor: number }[];
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export const reconsiderationViewOf = (row: ReconsiderationRow): ReconsiderationView => ({
  id: Number(row.id),
  evaluationId: Number(row.evaluation_id),
  elementId: row.element_id,
  grounds: row.grounds,
  evidence: json(row.evidence),
  requestedBy: row.requested_by,
  requestedOn: isoDay(row.requested_on),
  decidedOn: row.decided_on === null ? null : isoDay(row.decided_on),
  outcome: row.outcome,
  decisionReason: row.decision_reason,
  decidedBy: row.decided_by,
  decidedFactors: (json(row.decided_factors) as { elementId: string; factor: number }[] | null) ?? [],
});
