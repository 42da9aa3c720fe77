// The life-event report: the events an enrollee may report themselves (the life events table of
// reference-data/life-events.json; a death of the enrollee is reported by the family or the office), the
// change asked for, and the checks made before anything is sent. The windows and what each event permits
// are the server's to decide (422 RULE_NOT_MET), with the reason shown to the reader.
import { hasErrors, type FieldErrors } from '../forms/field-errors.ts';
import { isoDateOf } from './memorable-date-value.ts';
import { ENROLLMENT_TYPES, type Coverage, type EnrollmentType } from './portal-types.ts';
import { LIFE_EVENT_CHANGES, LIFE_EVENTS } from '../api/life-events.ts';

export interface LifeEventValues {
  readonly event: string;
  readonly month: string;
  readonly day: string;
  readonly year: string;
  readonly change: string;
  readonly planOption: string;
  readonly enrollmentType: string;
}

export type LifeEventField = 'event' | 'eventDate' | 'change' | 'planOption' | 'enrollmentType';

export const EMPTY_LIFE_EVENT: LifeEventValues = {
  event: '',
  month: '',
  day: '',
  year: '',
  change: '',
  planOption: '',
  enrollmentType: '',
};

export function validateLifeEvent(values: LifeEventValues): FieldErrors<LifeEventField> {
  const errors: FieldErrors<LifeEventField> = {};
  if (!(LIFE_EVENTS as readonly string[]).includes(values.event)) errors.event = 'lifeEvent.errors.event';
  if (!values.month && !values.day && !values.year) errors.eventDate = 'lifeEvent.errors.dateMissing';
  else if (isoDateOf(values.month, values.day, values.year) === null)
    errors.eventDate = 'lifeEvent.errors.dateInvalid';
  if (!(LIFE_EVENT_CHANGES as readonly string[]).includes(values.change))
    errors.change = 'lifeEvent.errors.change';
  if (!values.planOption) errors.planOption = 'lifeEvent.errors.planOption';
  if (!(ENROLLMENT_TYPES as readonly string[]).includes(values.enrollmentType))
    errors.enrollmentType = 'lifeEvent.errors.enrollmentType';
  return errors;
}

/** The body of POST persons/{id}/transitions for a valid form, or the form's errors. */
export function lifeEventRequest(
  values: LifeEventValues,
  coverage: (optionKey: string, type: EnrollmentType) => Coverage | undefined,
): { readonly body: object } | { readonly errors: FieldErrors<LifeEventField> } {
  const errors = validateLifeEvent(values);
  if (hasErrors(errors)) return { errors };
  const chosen = coverage(values.planOption, values.enrollmentType as EnrollmentType);
  if (!chosen) return { errors: { enrollmentType: 'lifeEvent.errors.typeNotOffered' } };
  return {
    body: {
      action: 'life_event_change',
      reason: `Life event reported in the portal: ${values.event.replaceAll('_', ' ')}`,
      event: values.event,
      eventDate: isoDateOf(values.month, values.day, values.year),
      change: values.change,
      coverage: chosen,
    },
  };
}
