import { describe, expect, it } from 'vitest';
import { isoDateOf } from './memorable-date-value.ts';
import { EMPTY_LIFE_EVENT, lifeEventRequest, validateLifeEvent, withCurrentPlan } from './life-event-form.ts';
import { EMPTY_RECONSIDERATION, OTHER_DECISION, reconsiderationRequest } from './reconsideration-form.ts';
import { EMPTY_SUPPORT_REQUEST, supportRequest } from './support-request-form.ts';

const coverage = {
  enrollmentCode: '33C',
  planCode: '33',
  optionCode: '1',
  enrollmentType: 'self_plus_one' as const,
};

describe('memorable dates', () => {
  it('accepts real days only', () => {
    expect(isoDateOf('11', '1', '2024')).toBe('2024-11-01');
    expect(isoDateOf('2', '30', '2024')).toBeNull();
    expect(isoDateOf('', '1', '2024')).toBeNull();
    expect(isoDateOf('1', '1', '24')).toBeNull();
  });
});

describe('life event form', () => {
  const TODAY = '2024-11-20';
  const values = {
    ...EMPTY_LIFE_EVENT,
    event: 'marriage',
    month: '11',
    day: '2',
    year: '2024',
    change: 'change_plan_or_option',
    planOption: '33:1',
    enrollmentType: 'self_plus_one',
  };

  it('names every missing field', () => {
    const result = lifeEventRequest(EMPTY_LIFE_EVENT, () => coverage, TODAY);
    expect(result).toEqual({
      errors: {
        event: 'lifeEvent.errors.event',
        eventDate: 'lifeEvent.errors.dateMissing',
        change: 'lifeEvent.errors.change',
        planOption: 'lifeEvent.errors.planOption',
        enrollmentType: 'lifeEvent.errors.enrollmentType',
      },
    });
  });

  it('builds the life_event_change request with the chosen coverage', () => {
    expect(lifeEventRequest(values, () => coverage, TODAY)).toEqual({
      body: {
        action: 'life_event_change',
        reason: 'Life event reported in the portal: marriage.',
        event: 'marriage',
        eventDate: '2024-11-02',
        change: 'change_plan_or_option',
        coverage,
      },
    });
    expect(lifeEventRequest({ ...values, day: '31', month: '11' }, () => coverage, TODAY)).toEqual({
      errors: { eventDate: 'lifeEvent.errors.dateInvalid' },
    });
    expect(lifeEventRequest(values, () => undefined, TODAY)).toEqual({
      errors: { enrollmentType: 'lifeEvent.errors.typeNotOffered' },
    });
  });

  it('890.301(f): takes an event date ahead of today too, leaving its window to the rules', () => {
    expect(validateLifeEvent({ ...values, day: '20' }, TODAY)).toEqual({});
    expect(validateLifeEvent({ ...values, day: '21' }, TODAY)).toEqual({});
    expect(validateLifeEvent({ ...values, year: '2025', month: '1', day: '1' }, TODAY)).toEqual({});
  });

  it('asks who the new person is when the change covers more people', () => {
    const more = { ...values, change: 'increase_type' };
    expect(validateLifeEvent(more, TODAY)).toEqual({
      personName: 'lifeEvent.errors.personName',
      personBirthDate: 'lifeEvent.errors.birthDateMissing',
      relationship: 'lifeEvent.errors.relationship',
    });
    const person = { personName: ' Ana Ruiz ', personMonth: '5', personDay: '4', personYear: '1990' };
    expect(
      validateLifeEvent({ ...more, ...person, personYear: '2030', relationship: 'cousin' }, TODAY),
    ).toEqual({
      personBirthDate: 'lifeEvent.errors.birthDateFuture',
      relationship: 'lifeEvent.errors.relationship',
    });
    expect(
      validateLifeEvent({ ...more, ...person, relationship: 'spouse', enrollmentType: 'self_only' }, TODAY),
    ).toEqual({
      enrollmentType: 'lifeEvent.errors.typeTooSmall',
    });
    expect(lifeEventRequest({ ...more, ...person, relationship: 'spouse' }, () => coverage, TODAY)).toEqual({
      body: expect.objectContaining({
        change: 'increase_type',
        reason:
          'Life event reported in the portal: marriage. Person to cover: Ana Ruiz, spouse, born 1990-05-04.',
      }),
    });
  });

  it('starts from the current plan unless a plan is chosen', () => {
    const current = { optionKey: '23:1', enrollmentType: 'self_only' as const };
    expect(withCurrentPlan(EMPTY_LIFE_EVENT, current)).toMatchObject({
      planOption: '23:1',
      enrollmentType: 'self_only',
    });
    expect(withCurrentPlan(values, current)).toBe(values);
    expect(withCurrentPlan(EMPTY_LIFE_EVENT, undefined)).toBe(EMPTY_LIFE_EVENT);
  });
});

describe('reconsideration form', () => {
  it('asks which decision and why', () => {
    expect(reconsiderationRequest(EMPTY_RECONSIDERATION)).toEqual({
      errors: { decision: 'reconsideration.errors.decision', grounds: 'reconsideration.errors.grounds' },
    });
  });

  it('names another decision by subject and date', () => {
    const values = { ...EMPTY_RECONSIDERATION, decision: OTHER_DECISION, grounds: 'Wrong plan' };
    expect(reconsiderationRequest(values)).toEqual({
      errors: {
        subject: 'reconsideration.errors.subject',
        decisionDate: 'reconsideration.errors.decisionDate',
      },
    });
    const named = { ...values, subject: 'Automatic enrollment', month: '11', day: '15', year: '2024' };
    expect(reconsiderationRequest(named)).toEqual({
      body: {
        subject: 'Automatic enrollment',
        initialDecisionOn: '2024-11-15',
        grounds: 'Wrong plan',
        notNotified: false,
        preventedByCircumstancesBeyondControl: false,
      },
    });
  });

  it('contests a recorded change by its id', () => {
    const values = {
      ...EMPTY_RECONSIDERATION,
      decision: '12',
      grounds: ' Not my choice ',
      notNotified: true,
    };
    expect(reconsiderationRequest(values)).toEqual({
      body: {
        transitionId: 12,
        grounds: 'Not my choice',
        notNotified: true,
        preventedByCircumstancesBeyondControl: false,
      },
    });
  });
});

describe('support request form', () => {
  it('names every missing field, then builds a web contact', () => {
    expect(supportRequest(1, EMPTY_SUPPORT_REQUEST)).toEqual({
      errors: {
        requestType: 'help.errors.requestType',
        subject: 'help.errors.subject',
        note: 'help.errors.note',
      },
    });
    expect(
      supportRequest(1, {
        requestType: 'plan-questions',
        subject: ' Dental ',
        note: 'Does my plan cover it?',
      }),
    ).toEqual({
      body: {
        personId: 1,
        channel: 'portal',
        requestType: 'plan-questions',
        priority: 'normal',
        subject: 'Dental',
        note: 'Does my plan cover it?',
      },
    });
  });
});
