// The enrollment lifecycle as an explicit state machine: its states, the actions people and offices
// take, and the transition table (from, action, to, citation) as data. applyTransition
// (transition.ts) refuses any pair the table does not hold.
import {
  lifecycleStatus,
  transitionRequest,
  type Coverage,
  type EnrollmentState,
  type LifecycleStatus,
  type TransitionRequest,
} from '../../domain/lifecycle.ts';

export const LIFECYCLE_STATUSES = lifecycleStatus.options;
export type { Coverage, EnrollmentState, LifecycleStatus };

export type LifecycleAction = TransitionRequest['action'];
export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = transitionRequest.options.map(
  (option) => option.shape.action.value,
);

export interface TransitionRule {
  readonly from: LifecycleStatus;
  readonly action: LifecycleAction;
  readonly to: LifecycleStatus;
  readonly citation: string;
}

const ENDED: readonly LifecycleStatus[] = ['in_temporary_extension', 'terminated', 'cancelled'];
const OUTSIDE: readonly LifecycleStatus[] = ['not_enrolled', 'declined'];

function rows(
  from: readonly LifecycleStatus[],
  action: LifecycleAction,
  to: LifecycleStatus,
  citation: string,
): TransitionRule[] {
  return from.map((f) => ({ from: f, action, to, citation }));
}

/** Every transition the lifecycle allows; anything else is refused with INVALID_TRANSITION. */
export const TRANSITIONS: readonly TransitionRule[] = [
  // 5 CFR 890.1605(b) (transitional) and 890.1606(e) (annual): enroll in an open season.
  ...rows([...OUTSIDE, ...ENDED], 'open_season_enroll', 'enrolled', '5 CFR 890.1606(e)'),
  ...rows(['enrolled'], 'open_season_change', 'enrolled', '5 CFR 890.1606(e)'),
  // 5 CFR 890.1605(b)(1)(i): an election not to enroll.
  ...rows(['not_enrolled', 'enrolled'], 'open_season_decline', 'declined', '5 CFR 890.1605(b)(1)(i)'),
  ...rows(OUTSIDE, 'belated_enroll', 'enrolled', '5 CFR 890.1605(e)'),
  // 5 CFR 890.301 / 890.306: qualifying life events outside open season.
  ...rows(
    [...OUTSIDE, 'enrolled', 'in_temporary_extension'],
    'life_event_change',
    'enrolled',
    '5 CFR 890.301',
  ),
  ...rows(['enrolled'], 'death_of_enrollee', 'in_temporary_extension', '5 CFR 890.401(a)'),
  ...rows(['enrolled'], 'death_of_enrollee', 'terminated', '5 CFR 890.401(a)'),
  // 5 CFR 890.1606 with 890.401(a): a cancellation ends coverage with no temporary extension.
  ...rows(['enrolled', 'suspended', 'tcc_enrolled'], 'cancel', 'cancelled', '5 CFR 890.1606'),
  // 5 CFR 890.1608(e): cancellation because of Part B, treated as a termination.
  ...rows(['enrolled'], 'cancel_for_part_b', 'in_temporary_extension', '5 CFR 890.1608(e)(1)'),
  ...rows(['enrolled'], 'cancel_for_part_b', 'enrolled', '5 CFR 890.1608(e)(2)'),
  // 5 CFR 890.1608(b): disenrollment (or removal of a family member) for missing Part B.
  ...rows(['enrolled'], 'remove_for_missing_part_b', 'in_temporary_extension', '5 CFR 890.1608(b)(5)'),
  ...rows(['enrolled'], 'remove_for_missing_part_b', 'enrolled', '5 CFR 890.1608(b)(1)'),
  // 5 CFR 890.401(a): the extension runs out, or the person converts to an individual policy.
  ...rows(['in_temporary_extension'], 'end_temporary_extension', 'terminated', '5 CFR 890.401(a)'),
  ...rows(['in_temporary_extension'], 'convert_to_individual_policy', 'terminated', '5 CFR 890.401(a)'),
  // 5 CFR 890.304(d): suspension for Medicare Advantage and similar coverage, and reinstatement.
  ...rows(['enrolled'], 'suspend', 'suspended', '5 CFR 890.304(d)'),
  ...rows(['suspended'], 'reinstate', 'enrolled', '5 CFR 890.304(d)'),
  // 5 U.S.C. 8905a and 5 CFR 890 subpart K: temporary continuation of coverage.
  ...rows(['in_temporary_extension', 'terminated'], 'elect_tcc', 'tcc_enrolled', '5 U.S.C. 8905a'),
  ...rows(['tcc_enrolled'], 'end_tcc', 'in_temporary_extension', '5 CFR 890.401(a)'),
  // 5 U.S.C. 8905(h): the employing office enrolls an employee under a court order for a child.
  ...rows([...OUTSIDE, 'enrolled'], 'court_ordered_child_enrollment', 'enrolled', '5 U.S.C. 8905(h)'),
  // 5 CFR 890.103: an administrative error is corrected retroactively, to whatever state is right.
  ...LIFECYCLE_STATUSES.flatMap((from) =>
    rows([from], 'correct_administrative_error', 'enrolled', '5 CFR 890.103').concat(
      LIFECYCLE_STATUSES.filter((to) => to !== 'enrolled').flatMap((to) =>
        rows([from], 'correct_administrative_error', to, '5 CFR 890.103'),
      ),
    ),
  ),
];

/** The rows of the table for a state and action (empty: the transition is impossible). */
export function transitionsFrom(from: LifecycleStatus, action: LifecycleAction): readonly TransitionRule[] {
  return TRANSITIONS.filter((row) => row.from === from && row.action === action);
}
