import { describe, expect, it } from 'vitest';
import { mostSpecificCitation } from '../decision.ts';
import { decideLifeEventChange } from './life-events.ts';
import { LIFE_EVENTS } from '../../../test-support/lifecycle-fixtures.ts';

describe('5 CFR 890.301 / 890.306 qualifying life events', () => {
  it('890.301(f): an employee marrying changes within the window, effective the next pay period', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'employee',
        event: 'marriage',
        eventDate: '2025-03-01',
        requestedOn: '2025-03-10',
        change: 'increase_type',
      },
      LIFE_EVENTS,
    );
    expect(made.outcome).toBe('change_permitted');
    expect(made.effectiveOn).toBe('2025-03-22');
    expect(made.windowOpens).toBe('2025-01-29');
    expect(made.windowCloses).toBe('2025-04-30');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.301(f)');
  });

  it('890.301(f): a request 61 days after the marriage is outside the window', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'employee',
        event: 'marriage',
        eventDate: '2025-03-01',
        requestedOn: '2025-05-01',
        change: 'increase_type',
      },
      LIFE_EVENTS,
    );
    expect(made.outcome).toBe('outside_window');
    expect(made.effectiveOn).toBeNull();
  });

  it('890.301(f): a birth takes effect from the pay period in which the child is born', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'employee',
        event: 'birth_or_adoption',
        eventDate: '2025-03-12',
        requestedOn: '2025-04-20',
        change: 'increase_type',
      },
      LIFE_EVENTS,
    );
    expect(made.effectiveOn).toBe('2025-03-08');
  });

  it('890.306(f): an annuitant marrying: the first day of the month after the request', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'annuitant',
        event: 'marriage',
        eventDate: '2025-03-01',
        requestedOn: '2025-03-10',
        change: 'increase_type',
      },
      LIFE_EVENTS,
    );
    expect(made.effectiveOn).toBe('2025-04-01');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.306(f)');
  });

  it('890.301(f): a divorce does not permit increasing the enrollment type', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'employee',
        event: 'divorce',
        eventDate: '2025-03-01',
        requestedOn: '2025-03-10',
        change: 'increase_type',
      },
      LIFE_EVENTS,
    );
    expect(made.outcome).toBe('change_not_permitted');
  });

  it('890.301(i): a move out of the service area has no closing limit', () => {
    const made = decideLifeEventChange(
      {
        enrolleeKind: 'employee',
        event: 'move_out_of_service_area',
        eventDate: '2025-03-01',
        requestedOn: '2025-09-10',
        change: 'change_plan_or_option',
      },
      LIFE_EVENTS,
    );
    expect(made.outcome).toBe('change_permitted');
    expect(made.windowCloses).toBeNull();
  });

  it('890.301(f): an event still to come opens the window 31 days ahead at most; a death, not before it', () => {
    const ask = (event: 'marriage' | 'death_of_family_member', eventDate: string) =>
      decideLifeEventChange(
        {
          enrolleeKind: 'employee',
          event,
          eventDate,
          requestedOn: '2025-03-01',
          change: 'change_plan_or_option',
        },
        LIFE_EVENTS,
      );
    expect(ask('marriage', '2025-03-20').outcome).toBe('change_permitted');
    const farAhead = ask('marriage', '2025-04-15');
    expect(farAhead.outcome).toBe('outside_window');
    expect(mostSpecificCitation(farAhead)).toBe('5 CFR 890.301(f)');
    const deathAhead = ask('death_of_family_member', '2025-03-02');
    expect(deathAhead.outcome).toBe('outside_window');
    expect(deathAhead.windowOpens).toBe('2025-03-02');
  });

  it('890.301 / 890.306: every event has a rule for employees and for annuitants, with a source note', () => {
    for (const kind of ['employee', 'annuitant'] as const) {
      const events = LIFE_EVENTS.events
        .filter((rule) => rule.enrolleeKind === kind)
        .map((rule) => rule.event);
      expect(new Set(events).size).toBe(7);
    }
    expect(LIFE_EVENTS.events.every((rule) => rule.sourceNote.length > 0)).toBe(true);
  });
});
