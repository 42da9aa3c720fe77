import { describe, expect, it } from 'vitest';
import { isoDateOf } from './memorable-date-value.ts';
import { EMPTY_LIFE_EVENT, lifeEventRequest } from './life-event-form.ts';
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
  it('names every missing field', () => {
    const result = lifeEventRequest(EMPTY_LIFE_EVENT, () => coverage);
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
    const values = {
      event: 'marriage',
      month: '11',
      day: '2',
      year: '2024',
      change: 'increase_type',
      planOption: '33:1',
      enrollmentType: 'self_plus_one',
    };
    expect(lifeEventRequest(values, () => coverage)).toEqual({
      body: expect.objectContaining({
        action: 'life_event_change',
        event: 'marriage',
        eventDate: '2024-11-02',
        change: 'increase_type',
        coverage,
      }),
    });
    expect(lifeEventRequest({ ...values, day: '31', month: '11' }, () => coverage)).toEqual({
      errors: { eventDate: 'lifeEvent.errors.dateInvalid' },
    });
    expect(lifeEventRequest(values, () => undefined)).toEqual({
      errors: { enrollmentType: 'lifeEvent.errors.typeNotOffered' },
    });
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
        channel: 'web_chat',
        requestType: 'plan-questions',
        priority: 'normal',
        subject: 'Dental',
        note: 'Does my plan cover it?',
      },
    });
  });
});
