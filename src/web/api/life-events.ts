// The life events an enrollee may report (a death of the enrollee is reported by the family or the
// office, not by the enrollee or for them) and the changes each may allow, for the portal's form and
// the console's. Typed by the server's own lists, so a name the server does not know fails the build;
// the values are kept here because importing the server's would bring zod into the browser bundle.
import type { LifeEventKind, LifeEventPermit } from '../../domain/lifecycle.ts';

export const LIFE_EVENTS = [
  'marriage',
  'birth_or_adoption',
  'loss_of_other_coverage',
  'move_out_of_service_area',
  'divorce',
  'death_of_family_member',
] as const satisfies readonly Exclude<LifeEventKind, 'death_of_enrollee'>[];
export type LifeEvent = (typeof LIFE_EVENTS)[number];

export const LIFE_EVENT_CHANGES = [
  'enroll',
  'change_plan_or_option',
  'increase_type',
  'decrease_type',
] as const satisfies readonly LifeEventPermit[];
export type LifeEventChange = (typeof LIFE_EVENT_CHANGES)[number];
