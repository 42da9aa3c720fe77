// What one recorded enrollment event means for one carrier, member by member: which of the carrier
// event kinds (carrier-event-kind.ts) each covered person gets, under which coverage and with which
// dates. A lifecycle action can mean different things to different carriers (a plan change between
// carriers ends coverage with the old one and starts it with the new one), so the decision takes the
// enrollment held before the event and the one after it, and keeps only what concerns the carrier.
// Every kind chosen must be one CARRIER_EVENTS_BY_ACTION allows for the action. Pure.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import {
  lifeEventKind,
  tccQualifyingEvent,
  type Coverage,
  type LifeEventKind,
} from '../../domain/lifecycle.ts';
import type { CarrierEventKind } from './carrier-event-kind.ts';
import type { Continuation } from './member-record.ts';

/** The event as the feed reads it: the action, the enrollment before and after, and its dates. */
export interface EventFacts {
  readonly action: string;
  readonly effectiveOn: IsoDate;
  /** Where the enrollment stands after the event (a lifecycle status). */
  readonly status: string;
  /** The coverage the event names (for an ending, the coverage last held). */
  readonly after: Coverage | null;
  readonly afterSince: IsoDate | null;
  /** The coverage held just before the event, when the enrollment was in force (enrolled, in TCC or suspended). */
  readonly before: Coverage | null;
  readonly beforeSince: IsoDate | null;
  readonly previousStatus: string | null;
  readonly previousEffectiveOn: IsoDate | null;
  /** The lifecycle request (JSON object), empty for an open season run's event. */
  readonly request: Readonly<Record<string, unknown>>;
  readonly previousRequest: Readonly<Record<string, unknown>>;
  readonly temporaryExtensionEnds: IsoDate | null;
  readonly tccEnds: IsoDate | null;
}

/** The people of the household, by exchange person id, the enrollee first. */
export interface HouseholdMembers {
  readonly enrolleeId: number;
  /** Family members in id order. */
  readonly familyIds: readonly number[];
  /** The member Self Plus One covers, when the record names one. */
  readonly designatedMemberId: number | null;
}

/** One member's part in the event, before the person's own facts are added. */
export interface MemberChange {
  readonly personId: number;
  readonly kind: CarrierEventKind;
  readonly coverage: Coverage;
  readonly coverageBegins: IsoDate;
  readonly coverageEnds: IsoDate | null;
  readonly benefitsEnd: IsoDate | null;
  readonly lifeEvent: LifeEventKind | null;
  readonly continuation: Continuation | null;
  readonly deathDate: IsoDate | null;
  /** A survivor annuitant now holds the enrollment (INS05 reports the survivor's standing). */
  readonly survivor?: boolean;
}

/** The decision: member changes, or why none can be told. */
export type MemberChanges =
  | { readonly ok: true; readonly changes: readonly MemberChange[] }
  | { readonly ok: false; readonly field: string; readonly message: string };

/** Statuses in which the enrollment covers its members (claims are paid). */
const COVERING: ReadonlySet<string> = new Set(['enrolled', 'tcc_enrolled']);

/**
 * Who an enrollment type covers (5 CFR 890.302, 5 U.S.C. 8905): the enrollee alone; the enrollee and
 * one family member (the one the record designates, else the first on record); or everyone.
 */
export function coveredMembers(household: HouseholdMembers, type: Coverage['enrollmentType']): number[] {
  if (type === 'self_only') return [household.enrolleeId];
  if (type === 'self_and_family') return [household.enrolleeId, ...household.familyIds];
  const designated = household.designatedMemberId;
  const one =
    designated !== null && household.familyIds.includes(designated) ? designated : household.familyIds[0];
  return one === undefined ? [household.enrolleeId] : [household.enrolleeId, one];
}

interface Defaults {
  readonly coverage: Coverage;
  readonly coverageBegins: IsoDate;
  readonly coverageEnds?: IsoDate | null;
  readonly benefitsEnd?: IsoDate | null;
  readonly lifeEvent?: LifeEventKind | null;
  readonly continuation?: Continuation | null;
}

function each(ids: readonly number[], kind: CarrierEventKind, d: Defaults): MemberChange[] {
  return ids.map((personId) => ({
    personId,
    kind,
    coverage: d.coverage,
    coverageBegins: d.coverageBegins,
    coverageEnds: d.coverageEnds ?? null,
    benefitsEnd: d.benefitsEnd ?? null,
    lifeEvent: d.lifeEvent ?? null,
    continuation: d.continuation ?? null,
    deathDate: null,
  }));
}

const dayBefore = (day: IsoDate): IsoDate => addDays(day, -1);

/**
 * The first and last day of a coverage ended by an event effective `effectiveOn`: it ends the day
 * before. A coverage that had not begun by then never ran (a plan change or a cancellation in the open
 * season, effective the day the automatic enrollment was to begin, 5 CFR 890.1606(e)): its record ends
 * it on the day it would have begun, the cancellation carriers read as DTP 349 = DTP 348, instead of a
 * last day before the first, which no carrier could load (the companion guide, "Reading the end dates").
 */
function endedCoverage(
  since: IsoDate | null,
  effectiveOn: IsoDate,
): { coverageBegins: IsoDate; coverageEnds: IsoDate } {
  const lastDay = dayBefore(effectiveOn);
  const coverageBegins = since ?? lastDay;
  return { coverageBegins, coverageEnds: coverageBegins > lastDay ? coverageBegins : lastDay };
}

/** The extension's last day, when one runs past the end of coverage (890.401(a)). */
function extensionAfter(f: EventFacts, coverageEnds: IsoDate): IsoDate | null {
  const ends = f.temporaryExtensionEnds;
  return ends !== null && ends >= coverageEnds ? ends : null;
}

function lifeEventOf(f: EventFacts): LifeEventKind | null {
  // Most events name none; a refused parse costs more than the member's record.
  if (f.request['event'] === undefined) return null;
  const parsed = lifeEventKind.safeParse(f.request['event']);
  return parsed.success ? parsed.data : null;
}

/** Adds every member the coverage after the event covers, from the event's day. */
function added(
  f: EventFacts,
  h: HouseholdMembers,
  kind: CarrierEventKind,
  lifeEvent: LifeEventKind | null = null,
) {
  const coverage = f.after!;
  return each(coveredMembers(h, coverage.enrollmentType), kind, {
    coverage,
    coverageBegins: f.effectiveOn,
    lifeEvent,
  });
}

/** Ends the coverage held (before the event, or the coverage it names) for every member it covered. */
function ended(
  f: EventFacts,
  h: HouseholdMembers,
  kind: CarrierEventKind,
  extension: boolean,
): MemberChange[] {
  const coverage = (f.before ?? f.after)!;
  const span = endedCoverage(f.before ? f.beforeSince : f.afterSince, f.effectiveOn);
  return each(coveredMembers(h, coverage.enrollmentType), kind, {
    coverage,
    ...span,
    benefitsEnd: extension ? extensionAfter(f, span.coverageEnds) : null,
  });
}

/**
 * An enrollment made or changed (open season, belated, life event, court order): a new enrollment
 * for the carrier, a move to or away from it, or a change within it member by member.
 */
function enrollmentChange(
  f: EventFacts,
  h: HouseholdMembers,
  here: (c: Coverage | null) => boolean,
  newKind: CarrierEventKind,
): MemberChange[] {
  const lifeEvent = lifeEventOf(f);
  const afterHere = COVERING.has(f.status) && here(f.after);
  if (f.before === null) return afterHere ? added(f, h, newKind, lifeEvent) : [];
  const beforeHere = here(f.before);
  if (beforeHere && !afterHere) {
    return ended(f, h, 'plan_change_out', false).map((c) => ({ ...c, lifeEvent }));
  }
  if (!beforeHere) return afterHere ? added(f, h, 'plan_change_in', lifeEvent) : [];
  return changeWithinCarrier(f, h, lifeEvent);
}

function changeWithinCarrier(f: EventFacts, h: HouseholdMembers, lifeEvent: LifeEventKind | null) {
  const before = f.before!;
  const after = f.after!;
  const oldIds = coveredMembers(h, before.enrollmentType);
  const newIds = coveredMembers(h, after.enrollmentType);
  const planChanged = before.planCode !== after.planCode || before.optionCode !== after.optionCode;
  const levelChanged = before.enrollmentType !== after.enrollmentType;
  const continuing = newIds.filter((id) => oldIds.includes(id));
  const changes: MemberChange[] = [];
  if (planChanged || levelChanged) {
    changes.push(
      ...each(continuing, planChanged ? 'plan_change' : 'coverage_level_change', {
        coverage: after,
        coverageBegins: f.effectiveOn,
        lifeEvent,
      }),
    );
  }
  const joining = newIds.filter((id) => !oldIds.includes(id));
  changes.push(
    ...each(joining, 'family_member_added', { coverage: after, coverageBegins: f.effectiveOn, lifeEvent }),
  );
  const leaving = oldIds.filter((id) => !newIds.includes(id));
  const span = endedCoverage(f.beforeSince, f.effectiveOn);
  changes.push(
    ...each(leaving, 'family_member_removed', {
      coverage: before,
      ...span,
      benefitsEnd: extensionAfter(f, span.coverageEnds),
      lifeEvent,
    }),
  );
  return changes;
}

/** 5 CFR 890.401(a): the enrollee's death ends the enrollment, or a survivor annuitant continues it. */
function deathOfEnrollee(f: EventFacts, h: HouseholdMembers): MemberChange[] {
  const all = ended(f, h, 'death_of_enrollee', false);
  const dateOfDeath = typeof f.request['dateOfDeath'] === 'string' ? f.request['dateOfDeath'] : null;
  const survivorContinues = f.request['survivorContinuesCoverage'] === true;
  return all.map((change) => {
    if (change.personId === h.enrolleeId) return { ...change, deathDate: dateOfDeath };
    if (survivorContinues) {
      return {
        ...change,
        kind: 'survivor_continuation',
        coverageBegins: f.effectiveOn,
        coverageEnds: null,
        benefitsEnd: null,
        survivor: true,
      };
    }
    return {
      ...change,
      kind: 'family_member_removed',
      lifeEvent: 'death_of_enrollee',
      benefitsEnd: extensionAfter(f, change.coverageEnds!),
    };
  });
}

/** 5 CFR 890.1608(e): the whole enrollment, or the family member the request names. */
function cancelForPartB(f: EventFacts, h: HouseholdMembers): MemberChange[] {
  const all = ended(f, h, 'cancellation_for_part_b', true);
  const cancelling = f.request['cancelling'] as { kind?: unknown; memberId?: unknown } | undefined;
  if (cancelling?.kind !== 'family_member') return all;
  return all.filter((c) => String(c.personId) === String(cancelling.memberId));
}

/** 5 CFR 890.1608(b): the enrollment ends, or the members the lowered enrollment type no longer covers leave it. */
function removeForMissingPartB(f: EventFacts, h: HouseholdMembers): MemberChanges {
  const all = ended(f, h, 'removal_for_missing_part_b', true);
  if (!COVERING.has(f.status) || f.after === null) return { ok: true, changes: all };
  const staying = coveredMembers(h, f.after.enrollmentType);
  const leaving = all.filter((c) => !staying.includes(c.personId));
  if (leaving.length === 0) {
    return {
      ok: false,
      field: 'request',
      message: 'the removed family member cannot be told from the record',
    };
  }
  return { ok: true, changes: leaving };
}

/** The 31-day extension ran out or was converted: benefits end on its last day. */
function extensionEnded(f: EventFacts, h: HouseholdMembers, kind: CarrierEventKind): MemberChange[] {
  const coverage = (f.before ?? f.after)!;
  const benefitsEnd = dayBefore(f.effectiveOn);
  const coverageEnds =
    f.previousStatus === 'in_temporary_extension' && f.previousEffectiveOn !== null
      ? dayBefore(f.previousEffectiveOn)
      : benefitsEnd;
  return each(coveredMembers(h, coverage.enrollmentType), kind, {
    coverage,
    coverageBegins: (f.before ? f.beforeSince : f.afterSince) ?? coverageEnds,
    coverageEnds: coverageEnds <= benefitsEnd ? coverageEnds : benefitsEnd,
    benefitsEnd,
  });
}

function tccElected(f: EventFacts, h: HouseholdMembers): MemberChanges {
  const qualifying = tccQualifyingEvent.safeParse(f.request['qualifyingEvent']);
  if (!qualifying.success || f.tccEnds === null) {
    return { ok: false, field: 'continuation', message: 'TCC needs its qualifying event and last day' };
  }
  const continuation = { qualifyingEvent: qualifying.data, begins: f.effectiveOn, ends: f.tccEnds };
  return { ok: true, changes: added(f, h, 'tcc_enrollment').map((c) => ({ ...c, continuation })) };
}

function tccEnded(f: EventFacts, h: HouseholdMembers): MemberChanges {
  const qualifying = tccQualifyingEvent.safeParse(f.previousRequest['qualifyingEvent']);
  if (!qualifying.success) {
    return {
      ok: false,
      field: 'continuation',
      message: 'the TCC election before this event is not on record',
    };
  }
  const changes = ended(f, h, 'tcc_ended', true).map((c) => ({
    ...c,
    continuation: { qualifyingEvent: qualifying.data, begins: c.coverageBegins, ends: c.coverageEnds! },
  }));
  return { ok: true, changes };
}

/** 5 CFR 890.103: coverage that should have existed, should differ, or should not have existed. */
function correction(f: EventFacts, h: HouseholdMembers, here: (c: Coverage | null) => boolean) {
  const afterHere = COVERING.has(f.status) && here(f.after);
  const beforeHere = here(f.before);
  if (afterHere && beforeHere) return added(f, h, 'correction_change');
  if (afterHere) return added(f, h, 'correction_addition');
  if (beforeHere) return ended(f, h, 'correction_termination', false);
  return [];
}

/** The member changes the event makes for the carrier whose plans `here` recognises. */
export function memberChanges(
  f: EventFacts,
  h: HouseholdMembers,
  here: (c: Coverage | null) => boolean,
): MemberChanges {
  const ok = (changes: readonly MemberChange[]): MemberChanges => ({ ok: true, changes });
  const held = here(f.before ?? f.after);
  switch (f.action) {
    case 'automatic_enrollment':
      return ok(here(f.after) && f.after ? added(f, h, 'automatic_enrollment') : []);
    case 'open_season_election':
    case 'open_season_enroll':
    case 'belated_enroll':
    case 'open_season_change':
    case 'life_event_change':
      return ok(enrollmentChange(f, h, here, 'enrollment'));
    case 'court_ordered_child_enrollment':
      return ok(enrollmentChange(f, h, here, 'court_ordered_enrollment'));
    case 'correct_administrative_error':
      return ok(correction(f, h, here));
    case 'reinstate':
      return ok(here(f.after) && f.after ? added(f, h, 'reinstatement') : []);
    case 'elect_tcc':
      return here(f.after) && f.after ? tccElected(f, h) : ok([]);
  }
  if (!held) return ok([]);
  switch (f.action) {
    case 'open_season_decline':
    case 'cancel':
      return ok(f.before === null ? [] : ended(f, h, 'cancellation', false));
    case 'termination':
      return ok(ended(f, h, 'termination', true));
    case 'suspend':
      return ok(ended(f, h, 'suspension', false));
    case 'death_of_enrollee':
      return ok(deathOfEnrollee(f, h));
    case 'cancel_for_part_b':
      return ok(cancelForPartB(f, h));
    case 'remove_for_missing_part_b':
      return removeForMissingPartB(f, h);
    case 'end_temporary_extension':
      return ok(extensionEnded(f, h, 'temporary_extension_ended'));
    case 'convert_to_individual_policy':
      return ok(extensionEnded(f, h, 'conversion_to_individual_policy'));
    case 'end_tcc':
      return tccEnded(f, h);
    default:
      // not_enrolled and any other record that tells a carrier nothing.
      return ok([]);
  }
}
