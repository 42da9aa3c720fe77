// The open season enrollment report: enrollments by carrier, plan and type, automatic against
// elected, why households were not enrolled, and the Part B exceptions by paragraph.
import type { Catalogue, EnrollmentType } from '../../domain/catalogue.ts';
import { executorOf } from '../../storage/executor.ts';
import {
  countEventsByCode,
  countNotEnrolledReasons,
  countPartBOutcomes,
  type EventCount,
  type RecordedDays,
} from '../../storage/open-season/enrollment-report-queries.ts';
import type { Store } from '../../storage/store.ts';
import { autoEnrollRunId } from './auto-enroll.ts';

export type { RecordedDays };

export interface PlanLine {
  readonly carrier: string;
  /** The carrier's code in the catalogue; empty for an enrollment code the catalogue does not know. */
  readonly carrierCode: string;
  readonly plan: string;
  readonly option: string;
  readonly enrollmentType: EnrollmentType | string;
  readonly enrollmentCode: string;
  readonly automatic: number;
  readonly elected: number;
  readonly total: number;
}

export interface CarrierLine {
  readonly carrier: string;
  readonly automatic: number;
  readonly elected: number;
  readonly total: number;
}

export interface EnrollmentReport {
  readonly openSeasonId: string;
  readonly totals: {
    readonly households: number;
    readonly automatic: number;
    readonly elected: number;
    readonly declined: number;
    readonly notEnrolled: number;
    readonly terminations: number;
    readonly peopleDecided: number;
    readonly peopleCovered: number;
  };
  readonly byCarrier: readonly CarrierLine[];
  readonly byPlan: readonly PlanLine[];
  readonly notEnrolledReasons: readonly { readonly paragraph: string; readonly households: number }[];
  readonly partB: readonly {
    readonly outcome: string;
    readonly paragraph: string;
    readonly people: number;
  }[];
}

/** The whole season's report, or (with `days`) only what was recorded on those days. */
export async function buildEnrollmentReport(
  store: Store,
  openSeasonId: string,
  catalogue: Catalogue,
  days: RecordedDays = {},
): Promise<EnrollmentReport> {
  const runId = autoEnrollRunId(openSeasonId);
  const executor = executorOf(store);
  const [events, reasons, partB] = await Promise.all([
    countEventsByCode(executor, openSeasonId, days),
    countNotEnrolledReasons(executor, openSeasonId, days),
    countPartBOutcomes(executor, runId, days),
  ]);

  const byPlan = planLines(events, catalogue);
  const count = (type: string): number =>
    events.filter((r) => r.event_type === type).reduce((sum, r) => sum + r.households, 0);
  const automatic = count('automatic_enrollment');
  const elected = count('open_season_election');
  const declined = count('open_season_decline');
  const notEnrolled = count('not_enrolled');
  return {
    openSeasonId,
    totals: {
      households: automatic + elected + declined + notEnrolled,
      automatic,
      elected,
      declined,
      notEnrolled,
      terminations: count('termination'),
      peopleDecided: partB.reduce((sum, r) => sum + r.people, 0),
      peopleCovered: partB.reduce((sum, r) => sum + r.covered, 0),
    },
    byCarrier: carrierLines(byPlan),
    byPlan,
    notEnrolledReasons: reasons,
    partB: partB.map((r) => ({ outcome: r.part_b, paragraph: r.part_b_citation, people: r.people })),
  };
}

/** One carrier's (or a carrier user's few carriers') enrollments in an open season, plan by plan. */
export interface CarrierEnrollments {
  readonly openSeasonId: string;
  readonly carrierCodes: readonly string[];
  readonly totals: { readonly automatic: number; readonly elected: number; readonly total: number };
  /** By plan, option and enrollment type (one line per enrollment code). */
  readonly byPlan: readonly PlanLine[];
}

/**
 * The enrollment counts of the named carriers' own plans only: the lines of every other carrier are
 * left out here, on the server, so a carrier never receives its competitors' figures.
 */
export async function buildCarrierEnrollments(
  store: Store,
  openSeasonId: string,
  catalogue: Catalogue,
  carrierCodes: readonly string[],
): Promise<CarrierEnrollments> {
  const events = await countEventsByCode(executorOf(store), openSeasonId);
  const byPlan = planLines(events, catalogue).filter((line) => carrierCodes.includes(line.carrierCode));
  const automatic = byPlan.reduce((sum, line) => sum + line.automatic, 0);
  const elected = byPlan.reduce((sum, line) => sum + line.elected, 0);
  return {
    openSeasonId,
    carrierCodes: [...carrierCodes],
    totals: { automatic, elected, total: automatic + elected },
    byPlan,
  };
}

function planLines(rows: readonly EventCount[], catalogue: Catalogue): PlanLine[] {
  const byCode = new Map<
    string,
    { carrier: string; carrierCode: string; plan: string; option: string; type: string }
  >();
  for (const option of catalogue.options) {
    if (option.program !== 'PSHB') continue;
    for (const [type, premium] of Object.entries(option.premiums)) {
      if (premium) {
        byCode.set(premium.enrollmentCode, {
          carrier: option.carrierName,
          carrierCode: option.carrierCode,
          plan: option.planName,
          option: option.optionName,
          type,
        });
      }
    }
  }
  const lines = new Map<string, { automatic: number; elected: number }>();
  for (const row of rows) {
    if (!row.enrollment_code) continue;
    if (row.event_type !== 'automatic_enrollment' && row.event_type !== 'open_season_election') continue;
    const line = lines.get(row.enrollment_code) ?? { automatic: 0, elected: 0 };
    if (row.event_type === 'automatic_enrollment') line.automatic += row.households;
    else line.elected += row.households;
    lines.set(row.enrollment_code, line);
  }
  return [...lines.entries()]
    .map(([code, counts]) => {
      const known = byCode.get(code);
      return {
        carrier: known?.carrier ?? 'unknown carrier',
        carrierCode: known?.carrierCode ?? '',
        plan: known?.plan ?? `code ${code}`,
        option: known?.option ?? '',
        enrollmentType: known?.type ?? 'unknown',
        enrollmentCode: code,
        automatic: counts.automatic,
        elected: counts.elected,
        total: counts.automatic + counts.elected,
      };
    })
    .sort((a, b) => a.carrier.localeCompare(b.carrier) || a.enrollmentCode.localeCompare(b.enrollmentCode));
}

function carrierLines(plans: readonly PlanLine[]): CarrierLine[] {
  const totals = new Map<string, { automatic: number; elected: number }>();
  for (const plan of plans) {
    const line = totals.get(plan.carrier) ?? { automatic: 0, elected: 0 };
    line.automatic += plan.automatic;
    line.elected += plan.elected;
    totals.set(plan.carrier, line);
  }
  return [...totals.entries()]
    .map(([carrier, t]) => ({
      carrier,
      automatic: t.automatic,
      elected: t.elected,
      total: t.automatic + t.elected,
    }))
    .sort((a, b) => b.total - a.total);
}
