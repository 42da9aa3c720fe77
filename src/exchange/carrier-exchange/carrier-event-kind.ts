// What happened to one member's coverage, in the words a carrier acts on. A lifecycle action of the
// exchange (src/rules/lifecycle) can touch several members differently: a life event that raises Self
// Only to Self and Family changes the enrollee's coverage level and adds each family member, so the
// 834 reports member by member, each with one of these kinds.
import { z } from 'zod';

export const carrierEventKind = z.enum([
  'automatic_enrollment',
  'enrollment',
  'court_ordered_enrollment',
  'survivor_continuation',
  'tcc_enrollment',
  'family_member_added',
  'plan_change_in',
  'plan_change',
  'coverage_level_change',
  'identifying_data_change',
  'correction_addition',
  'correction_change',
  'correction_termination',
  'plan_change_out',
  'cancellation',
  'cancellation_for_part_b',
  'removal_for_missing_part_b',
  'family_member_removed',
  'termination',
  'death_of_enrollee',
  'tcc_ended',
  'temporary_extension_ended',
  'conversion_to_individual_policy',
  'suspension',
  'reinstatement',
  'audit',
]);
export type CarrierEventKind = z.infer<typeof carrierEventKind>;
