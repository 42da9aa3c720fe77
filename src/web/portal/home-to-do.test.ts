import { describe, expect, it } from 'vitest';
import { electionCounted, toDoList } from './home-to-do.ts';
import type { Decision, LifecycleTransition, OpenSeason } from './portal-types.ts';

const partB = (outcome: string, exception: string | null = null): Decision => ({
  rule: 'part-b',
  outcome,
  citations: [],
  facts: { exception },
  explanation: '',
});

const season: OpenSeason = {
  id: 'OS2024',
  name: 'Open Season 2024',
  start: '2024-11-11',
  end: '2024-12-09',
  extendedTo: null,
  lastElectionDay: '2024-12-09',
  effectiveOn: '2025-01-01',
  transitional: true,
  status: 'open',
};

const transition = (action: string, requestedOn: string) =>
  ({ action, requestedOn }) as unknown as LifecycleTransition;

describe('the home page to-do list', () => {
  it('asks for the Part B document OPM is waiting for, first, then the open season choice by its last day', () => {
    const list = toDoList({
      partB: partB('pending_evidence', '5 CFR 890.1604(d)(1)(iv)'),
      season,
      electionCounted: false,
      transitions: [],
      documentDue: { dueOn: '2025-03-31', overdue: false },
    });
    expect(list).toEqual([
      {
        kind: 'send_part_b_document',
        evidence: 'proof_of_va_enrollment',
        due: { dueOn: '2025-03-31', overdue: false },
        path: '/portal/documents',
      },
      { kind: 'choose_in_open_season', by: '2024-12-09', path: '/portal/enroll' },
    ]);
  });

  it('asks a family member for nothing while the retiree’s document is awaited', () => {
    const list = toDoList({
      partB: partB('pending_evidence', '5 CFR 890.1604(d)(2)(i)'),
      season: null,
      electionCounted: false,
      transitions: [],
    });
    expect(list).toEqual([]);
  });

  it('tells someone who must enroll in Part B, and links to the eligibility page', () => {
    const list = toDoList({
      partB: partB('required_not_enrolled'),
      season: null,
      electionCounted: true,
      transitions: [],
    });
    expect(list).toEqual([{ kind: 'enroll_in_part_b', path: '/portal/eligibility' }]);
  });

  it('drops the open season choice once it is made, in the run or in the portal during the season', () => {
    const base = { partB: partB('not_required'), season };
    expect(toDoList({ ...base, electionCounted: true, transitions: [] })).toEqual([]);
    expect(
      toDoList({
        ...base,
        electionCounted: false,
        transitions: [transition('open_season_decline', '2024-11-20')],
      }),
    ).toEqual([]);
    // A change in an earlier season, or a life event, is not this season's choice.
    expect(
      toDoList({
        ...base,
        electionCounted: false,
        transitions: [
          transition('open_season_change', '2023-11-20'),
          transition('life_event_change', '2024-11-20'),
        ],
      }),
    ).toHaveLength(1);
  });

  it('says nothing of an open season that is not open', () => {
    const closed = { ...season, status: 'closed' as const };
    expect(toDoList({ partB: undefined, season: closed, electionCounted: false, transitions: [] })).toEqual(
      [],
    );
  });

  it('counts an election only when the rules counted it', () => {
    expect(electionCounted('enroll')).toBe(true);
    expect(electionCounted('decline')).toBe(true);
    expect(electionCounted('outside_window')).toBe(false);
    expect(electionCounted('none')).toBe(false);
    expect(electionCounted(undefined)).toBe(false);
  });
});
