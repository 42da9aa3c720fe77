// What the home page says about the enrollment's standing, in plain words: a plan held and its share, a
// decline (no PSHB coverage from the effective date, nothing to pay), or no plan. A declined or ended
// enrollment never shows a plan beside it nor a premium to pay. Also the plan on the open season's
// effective day, and who else loses coverage with a choice.
import type { Coverage, EnrollmentStatus, EnrollmentType } from './portal-types.ts';
import type { EnrollmentState } from '../../domain/lifecycle.ts';

/** Statuses under which the person has the plan (coverage runs). */
const HOLDING: ReadonlySet<EnrollmentStatus> = new Set([
  'enrolled',
  'in_temporary_extension',
  'tcc_enrolled',
]);
/** Statuses under which the person pays a share of the premium (the 31-day extension is free). */
const PAYING: ReadonlySet<EnrollmentStatus> = new Set(['enrolled', 'tcc_enrolled']);

export type EnrollmentSummary =
  | {
      readonly kind: 'covered';
      readonly coverage: Coverage;
      readonly since: string | null;
      readonly pays: boolean;
    }
  | { readonly kind: 'declined'; readonly from: string | null }
  | { readonly kind: 'none'; readonly since: string | null };

/** Whether a day is still ahead on the program date (then "from", not "since"); unknown dates are not. */
export function isAhead(day: string | null, programDate: string | undefined): boolean {
  return day !== null && programDate !== undefined && day > programDate;
}

export function enrollmentSummary(state: EnrollmentState): EnrollmentSummary {
  if (state.status === 'declined') return { kind: 'declined', from: state.since };
  if (state.coverage && HOLDING.has(state.status))
    return { kind: 'covered', coverage: state.coverage, since: state.since, pays: PAYING.has(state.status) };
  return { kind: 'none', since: state.since };
}

export interface PlanOnEffectiveDay {
  /** The plan the person will have on the day, or null when they declined. */
  readonly coverage: Coverage | null;
  readonly effectiveOn: string;
  /** Where it comes from: the open season's decision, or the person's own later choice. */
  readonly source: 'decision' | 'chosen' | 'declined';
}

/**
 * The plan on the open season's effective day: the household decision's target, unless the enrollment
 * state (the latest transition) says the person chose another plan or declined since.
 */
export function planOnEffectiveDay(
  target: (Coverage & { readonly effectiveOn: string }) | null | undefined,
  state: EnrollmentState | undefined,
): PlanOnEffectiveDay | null {
  if (!target) return null;
  const { effectiveOn } = target;
  if (state?.status === 'declined' && state.since === effectiveOn)
    return { coverage: null, effectiveOn, source: 'declined' };
  if (state?.status === 'enrolled' && state.coverage && state.since === effectiveOn) {
    const same = state.coverage.enrollmentCode === target.enrollmentCode;
    return { coverage: state.coverage, effectiveOn, source: same ? 'decision' : 'chosen' };
  }
  const { enrollmentCode, planCode, optionCode, enrollmentType } = target;
  return {
    coverage: { enrollmentCode, planCode, optionCode, enrollmentType },
    effectiveOn,
    source: 'decision',
  };
}

/**
 * Who loses coverage with the choice: declining a Self Plus One or Self and Family enrollment ends the
 * family members' coverage too; a smaller type than the one held leaves family members out. Null when no
 * one but the person is affected.
 */
export type FamilyLoss = 'decline' | 'self_only' | 'self_plus_one';

export function familyLoss(
  current: Coverage | null | undefined,
  choice: { readonly decline: true } | { readonly decline: false; readonly type: EnrollmentType },
): FamilyLoss | null {
  const held = current?.enrollmentType;
  if (held !== 'self_plus_one' && held !== 'self_and_family') return null;
  if (choice.decline) return 'decline';
  if (choice.type === 'self_only') return 'self_only';
  if (choice.type === 'self_plus_one' && held === 'self_and_family') return 'self_plus_one';
  return null;
}

/** The key of the check step's warning (enroll.review.family.*) for the loss, the type held and whether the member is named. */
export function familyLossMessage(loss: FamilyLoss, held: EnrollmentType, named: boolean): string {
  if (loss === 'self_plus_one') return 'selfPlusOne';
  const who = named ? 'Named' : held === 'self_plus_one' ? 'PlusOne' : '';
  return `${loss === 'decline' ? 'decline' : 'selfOnly'}${who}`;
}
