// The life-event report: the events an enrollee may report themselves (the life events table of
// reference-data/life-events.json; a death of the enrollee is reported by the family or the office), the
// change asked for, who the new person is when the change covers more people, and the checks made before
// the check step. The windows and what each event permits are the server's to decide (422 RULE_NOT_MET),
// with the reason shown to the reader.
//
// The event's date may be ahead of the program's today: 5 CFR 890.301(f) and 890.306(f) let a change be
// asked from 31 days before a change in family status, and each event's window is the rules' to decide
// (reference-data/life-events.json), so a date outside it is refused by the server with its reason and
// citation, shown on the check step. A new person's date of birth must have passed.
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';
import { isoDateOf } from './memorable-date-value.ts';
import { ENROLLMENT_TYPES, type Coverage, type EnrollmentType } from './portal-types.ts';
import { LIFE_EVENT_CHANGES, LIFE_EVENTS } from '../api/life-events.ts';
import type { Relationship } from '../../domain/person.ts';

/** Who a person added to the enrollment may be, besides the enrollee (5 CFR 890.302 family members). */
export const NEW_PERSON_RELATIONSHIPS = ['spouse', 'child'] as const satisfies readonly Relationship[];

export interface LifeEventValues {
  readonly event: string;
  readonly month: string;
  readonly day: string;
  readonly year: string;
  readonly change: string;
  /** The person to cover, asked only when the change covers more people (increase_type). */
  readonly personName: string;
  readonly personMonth: string;
  readonly personDay: string;
  readonly personYear: string;
  readonly relationship: string;
  readonly planOption: string;
  readonly enrollmentType: string;
}

export type LifeEventField =
  | 'event'
  | 'eventDate'
  | 'change'
  | 'personName'
  | 'personBirthDate'
  | 'relationship'
  | 'planOption'
  | 'enrollmentType';

export const EMPTY_LIFE_EVENT: LifeEventValues = {
  event: '',
  month: '',
  day: '',
  year: '',
  change: '',
  personName: '',
  personMonth: '',
  personDay: '',
  personYear: '',
  relationship: '',
  planOption: '',
  enrollmentType: '',
};

const NAME_MAX = 100;

/** Whether the change asks who the new person is. */
export function addsPerson(values: Pick<LifeEventValues, 'change'>): boolean {
  return values.change === 'increase_type';
}

/** A day the person knows: the key of what is wrong with it, or null. */
function dateError(
  month: string,
  day: string,
  year: string,
  /** The keys' common start: `${prefix}Missing`, `${prefix}Invalid`. */
  prefix: string,
): string | null {
  if (!month && !day && !year) return `${prefix}Missing`;
  return isoDateOf(month, day, year) === null ? `${prefix}Invalid` : null;
}

/** A day the person knows, already past (on or before today): the key of what is wrong, or null. */
function pastDateError(
  month: string,
  day: string,
  year: string,
  today: string,
  prefix: string,
): string | null {
  const error = dateError(month, day, year, prefix);
  if (error) return error;
  return isoDateOf(month, day, year)! > today ? `${prefix}Future` : null;
}

function personErrors(values: LifeEventValues, today: string): FieldErrors<LifeEventField> {
  const errors: FieldErrors<LifeEventField> = {};
  const name = values.personName.trim();
  if (!name) errors.personName = 'lifeEvent.errors.personName';
  else if (name.length > NAME_MAX) errors.personName = 'lifeEvent.errors.personNameLong';
  const birth = pastDateError(
    values.personMonth,
    values.personDay,
    values.personYear,
    today,
    'lifeEvent.errors.birthDate',
  );
  if (birth) errors.personBirthDate = birth;
  if (!(NEW_PERSON_RELATIONSHIPS as readonly string[]).includes(values.relationship))
    errors.relationship = 'lifeEvent.errors.relationship';
  return errors;
}

/** The form's problems on the program's today (YYYY-MM-DD), as translation keys. */
export function validateLifeEvent(values: LifeEventValues, today: string): FieldErrors<LifeEventField> {
  const errors: FieldErrors<LifeEventField> = {};
  if (!(LIFE_EVENTS as readonly string[]).includes(values.event)) errors.event = 'lifeEvent.errors.event';
  const eventDate = dateError(values.month, values.day, values.year, 'lifeEvent.errors.date');
  if (eventDate) errors.eventDate = eventDate;
  if (!(LIFE_EVENT_CHANGES as readonly string[]).includes(values.change))
    errors.change = 'lifeEvent.errors.change';
  if (addsPerson(values)) Object.assign(errors, personErrors(values, today));
  if (!values.planOption) errors.planOption = 'lifeEvent.errors.planOption';
  if (!(ENROLLMENT_TYPES as readonly string[]).includes(values.enrollmentType))
    errors.enrollmentType = 'lifeEvent.errors.enrollmentType';
  else if (addsPerson(values) && values.enrollmentType === 'self_only')
    errors.enrollmentType = 'lifeEvent.errors.typeTooSmall';
  return errors;
}

/** The person to cover in the record's words (kept with the request, read by the office). */
function personSentence(values: LifeEventValues): string {
  const born = isoDateOf(values.personMonth, values.personDay, values.personYear);
  return ` Person to cover: ${values.personName.trim()}, ${values.relationship}, born ${born}.`;
}

/** The body of POST persons/{id}/transitions for a valid form, or the form's errors. */
export function lifeEventRequest(
  values: LifeEventValues,
  coverage: (optionKey: string, type: EnrollmentType) => Coverage | undefined,
  today: string,
): { readonly body: object } | { readonly errors: FieldErrors<LifeEventField> } {
  const errors = validateLifeEvent(values, today);
  if (hasErrors(errors)) return { errors };
  const chosen = coverage(values.planOption, values.enrollmentType as EnrollmentType);
  if (!chosen) return { errors: { enrollmentType: 'lifeEvent.errors.typeNotOffered' } };
  return {
    body: {
      action: 'life_event_change',
      reason: `Life event reported in the portal: ${values.event.replaceAll('_', ' ')}.${addsPerson(values) ? personSentence(values) : ''}`,
      event: values.event,
      eventDate: isoDateOf(values.month, values.day, values.year),
      change: values.change,
      coverage: chosen,
    },
  };
}

/** The form with the current plan and enrollment type chosen, unless a plan is chosen already. */
export function withCurrentPlan(
  values: LifeEventValues,
  current: { readonly optionKey: string; readonly enrollmentType: EnrollmentType } | undefined,
): LifeEventValues {
  if (!current || values.planOption) return values;
  return { ...values, planOption: current.optionKey, enrollmentType: current.enrollmentType };
}
