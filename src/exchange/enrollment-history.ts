// A household's enrollment history, with the ETag a change to the enrollment must send back: the events
// and the version are read side by side, so the history costs one round trip's time.
import type { Executor } from '../storage/executor.ts';
import { listEnrollmentEvents } from '../storage/enrollment/enrollment-events.ts';
import { householdEtag } from '../storage/household-etag.ts';

export interface EnrollmentEventView {
  readonly id: number;
  readonly eventType: string;
  readonly openSeasonId: string | null;
  readonly enrollmentCode: string | null;
  readonly planCode: string | null;
  readonly optionCode: string | null;
  readonly enrollmentType: string | null;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly reason: string;
  readonly citations: readonly string[];
}

export interface EnrollmentHistory {
  /** Oldest first; the events with an id above the one asked for, at most the number asked for. */
  readonly events: readonly EnrollmentEventView[];
  readonly etag: string;
}

export async function readEnrollmentHistory(
  executor: Executor,
  householdId: number,
  afterId: number,
  limit: number,
): Promise<EnrollmentHistory> {
  const [rows, etag] = await Promise.all([
    listEnrollmentEvents(executor, householdId, afterId, limit),
    householdEtag((text, params) => executor.query(text, params), householdId),
  ]);
  const events = rows.map((r) => ({
    id: Number(r.id),
    eventType: r.event_type,
    openSeasonId: r.open_season_id,
    enrollmentCode: r.enrollment_code,
    planCode: r.plan_code,
    optionCode: r.option_code,
    enrollmentType: r.enrollment_type,
    effectiveOn: r.effective_on,
    recordedAt: new Date(r.recorded_at).toISOString(),
    reason: r.reason,
    citations: r.citations,
  }));
  return { events, etag };
}
