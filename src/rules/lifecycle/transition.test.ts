import { describe, expect, it } from 'vitest';
import { decision } from '../decision.ts';
import { makePerson, medicareAnnuitant } from '../../../test-support/rules-fixtures.ts';
import {
  CONTEXT,
  ENROLLEE,
  FAMILY,
  OFFICE,
  SELF_ONLY,
  stateOf,
} from '../../../test-support/lifecycle-fixtures.ts';
import type { LifecycleContext, LifecycleRequestBody, TransitionRequest } from './requests.ts';
import type { EnrollmentState } from './states.ts';
import { LIFECYCLE_ACTIONS, LIFECYCLE_STATUSES, TRANSITIONS } from './states.ts';
import { applyTransition, type TransitionAccepted, type TransitionDecision } from './transition.ts';

const ASK = { actor: ENROLLEE, reason: 'synthetic test', requestedOn: '2025-03-10' };

function apply(
  state: EnrollmentState,
  body: LifecycleRequestBody & Partial<TransitionRequest>,
): TransitionDecision {
  return applyTransition(state, { ...ASK, ...body } as TransitionRequest, CONTEXT);
}

function accepted(made: TransitionDecision): TransitionAccepted {
  if (made.outcome !== 'accepted') throw new Error(`refused: ${made.explanation}`);
  return made;
}

function last(made: TransitionDecision): string {
  return made.citations[made.citations.length - 1] ?? '';
}

describe('the enrollment state machine', () => {
  it('every action and every state appears in the transition table, each row with a citation', () => {
    for (const action of LIFECYCLE_ACTIONS)
      expect(TRANSITIONS.some((row) => row.action === action)).toBe(true);
    for (const status of LIFECYCLE_STATUSES)
      expect(TRANSITIONS.some((row) => row.from === status)).toBe(true);
    expect(TRANSITIONS.every((row) => row.citation.length > 0)).toBe(true);
  });

  it('refuses a transition the table does not hold with INVALID_TRANSITION and changes nothing', () => {
    const state = stateOf({ status: 'terminated' });
    const made = apply(state, { action: 'cancel' });
    expect(made.outcome).toBe('refused');
    expect(made.outcome === 'refused' && made.code).toBe('INVALID_TRANSITION');
    expect(made.state).toBe(state);
    expect(made.citations).toEqual(['5 CFR 890.1606']);
    expect(made.explanation).toContain('possible only when enrolled, suspended, tcc enrolled');
    expect(made.recordedAt).toBe(CONTEXT.recordedAt);
  });

  it('records who, why, when it takes effect and when it was recorded', () => {
    const made = accepted(apply(stateOf(), { actor: OFFICE, reason: 'asked in person', action: 'cancel' }));
    expect(made.actor).toEqual(OFFICE);
    expect(made.reason).toBe('asked in person');
    expect(made.recordedAt).toBe('2025-03-10T14:00:00Z');
    expect(made.effectiveOn).toBe('2025-03-22');
    expect(made.state.status).toBe('cancelled');
    expect(made.explanation.length).toBeGreaterThan(0);
  });
});

describe('5 CFR 890.1605(b) and 890.1606(e) open season elections', () => {
  const season = { ...ASK, requestedOn: '2025-11-20', openSeasonId: 'OS-2025' };

  it('890.1606(e): an enrollment in open season takes effect January 1', () => {
    const made = accepted(
      apply(stateOf({ status: 'not_enrolled', coverage: null }), {
        ...season,
        action: 'open_season_enroll',
        coverage: SELF_ONLY,
      }),
    );
    expect(made.to).toBe('enrolled');
    expect(made.effectiveOn).toBe('2026-01-01');
    expect(last(made)).toBe('5 CFR 890.1606(e)');
  });

  it('890.1606(e): a change of plan, option or type in open season', () => {
    const made = accepted(apply(stateOf(), { ...season, action: 'open_season_change', coverage: FAMILY }));
    expect(made.state.coverage).toEqual(FAMILY);
  });

  it('890.1605(b)(1)(i): an election not to enroll', () => {
    const made = accepted(apply(stateOf(), { ...season, action: 'open_season_decline' }));
    expect(made.to).toBe('declined');
    expect(last(made)).toBe('5 CFR 890.1605(b)(1)(i)');
  });

  it('890.1606(e): outside the open season the election is refused', () => {
    const made = apply(stateOf(), {
      ...season,
      requestedOn: '2025-12-20',
      action: 'open_season_change',
      coverage: FAMILY,
    });
    expect(made.outcome === 'refused' && made.code).toBe('RULE_NOT_MET');
  });

  it('890.1605(e)(2): belated enrollment of someone missed by automatic enrollment, effective January 1', () => {
    const belated = {
      shouldHaveBeenAutomaticallyEnrolled: true,
      deemedByOpm: false,
      causeBeyondControlShown: false,
      premiumConversionRequiresProspective: false,
      prospectiveEffectiveOn: null,
    };
    const made = accepted(
      apply(stateOf({ status: 'not_enrolled', coverage: null }), {
        action: 'belated_enroll',
        openSeasonId: 'TOS-2024',
        coverage: SELF_ONLY,
        belated,
      }),
    );
    expect(made.effectiveOn).toBe('2025-01-01');
    expect(last(made)).toBe('5 CFR 890.1605(e)(2)');
  });
});

describe('5 CFR 890.301 / 890.306 life events through the state machine', () => {
  it('890.301(f): birth of a child changes self only to self and family from the pay period of birth', () => {
    const made = accepted(
      apply(stateOf(), {
        requestedOn: '2025-04-20',
        action: 'life_event_change',
        event: 'birth_or_adoption',
        eventDate: '2025-03-12',
        change: 'increase_type',
        coverage: FAMILY,
      }),
    );
    expect(made.effectiveOn).toBe('2025-03-08');
    expect(last(made)).toBe('5 CFR 890.301(f)');
  });

  it('890.301(f): late requests are refused with the window in the explanation', () => {
    const made = apply(stateOf(), {
      requestedOn: '2025-06-20',
      action: 'life_event_change',
      event: 'marriage',
      eventDate: '2025-03-12',
      change: 'increase_type',
      coverage: FAMILY,
    });
    expect(made.outcome).toBe('refused');
    expect(made.explanation).toContain('2025-05-11');
  });

  it('890.401(a): the death of an enrollee with family starts the temporary extension', () => {
    const made = accepted(
      apply(stateOf({ coverage: FAMILY }), {
        action: 'death_of_enrollee',
        dateOfDeath: '2025-03-01',
        survivorContinuesCoverage: false,
      }),
    );
    expect(made.to).toBe('in_temporary_extension');
    expect(made.temporaryExtensionEnds).toBe('2025-04-01');
    expect(made.conversionRight).toBe(true);
  });

  it('890.401(a): the death of a self only enrollee ends the enrollment', () => {
    const made = accepted(
      apply(stateOf(), {
        action: 'death_of_enrollee',
        dateOfDeath: '2025-03-01',
        survivorContinuesCoverage: false,
      }),
    );
    expect(made.to).toBe('terminated');
  });
});

describe('5 CFR 890.1606 and 890.1608(e) cancellation', () => {
  it('890.401(a): a cancellation gets no temporary extension and no conversion right', () => {
    const made = accepted(apply(stateOf(), { action: 'cancel' }));
    expect(made.temporaryExtensionEnds).toBeNull();
    expect(made.conversionRight).toBe(false);
    expect(made.facts['coverageEndsOn']).toBe('2025-03-21');
  });

  const annuitant = stateOf({ enrolleeKind: 'annuitant', coverage: FAMILY });

  it('890.1608(e)(1): the annuitant cancels effective the last day of the last pay period in Part B, family included', () => {
    const made = accepted(
      apply(annuitant, {
        action: 'cancel_for_part_b',
        inWriting: true,
        cancelling: { kind: 'annuitant' },
        lastDayInPartB: '2025-05-15',
      }),
    );
    expect(made.to).toBe('in_temporary_extension');
    expect(made.effectiveOn).toBe('2025-06-01');
    expect(made.temporaryExtensionEnds).toBe('2025-07-01');
    expect(made.conversionRight).toBe(true);
    expect(last(made)).toBe('5 CFR 890.1608(e)(1)');
  });

  it('890.1608(e)(2): a family member cancels effective the last day in Part B; the enrollment continues', () => {
    const made = accepted(
      apply(annuitant, {
        action: 'cancel_for_part_b',
        inWriting: true,
        cancelling: { kind: 'family_member', memberId: 'P-000002' },
        lastDayInPartB: '2025-05-15',
      }),
    );
    expect(made.to).toBe('enrolled');
    expect(made.effectiveOn).toBe('2025-05-16');
    expect(made.facts['temporaryExtensionEnds']).toBe('2025-06-15');
    expect(last(made)).toBe('5 CFR 890.1608(e)(2)');
  });

  it('890.1608(e): a cancellation because of Part B must be in writing', () => {
    const made = apply(annuitant, {
      action: 'cancel_for_part_b',
      inWriting: false,
      cancelling: { kind: 'annuitant' },
      lastDayInPartB: '2025-05-15',
    });
    expect(made.outcome).toBe('refused');
  });
});

describe('5 CFR 890.1608(b) disenrollment for missing Part B', () => {
  const partB = decision(
    'part-b',
    'required_not_enrolled' as const,
    ['5 CFR 890.1604(a)'],
    {},
    'Required, not enrolled.',
  );
  const request: LifecycleRequestBody = {
    action: 'remove_for_missing_part_b',
    equityAndGoodConscience: false,
    medicareEnrollmentPeriodEnds: null,
  };
  const household = (fields: Parameters<typeof medicareAnnuitant>[0] = {}): LifecycleContext => ({
    ...CONTEXT,
    partB: { enrollee: medicareAnnuitant(fields), enrolleePartB: partB, membersWithoutPartB: [] },
  });
  const remove = (body: LifecycleRequestBody, context: LifecycleContext) =>
    applyTransition(annuitant, { ...ASK, ...body } as TransitionRequest, context);
  const annuitant = stateOf({ enrolleeKind: 'annuitant' });

  it('890.1608(b)(1)(ii): disenrolled when found, with the 31-day extension and conversion', () => {
    const made = accepted(remove(request, household()));
    expect(made.to).toBe('in_temporary_extension');
    expect(made.temporaryExtensionEnds).toBe('2025-04-10');
    expect(last(made)).toBe('5 CFR 890.1608(b)(1)(ii)');
  });

  it('890.1608(b)(2): not informed of the requirement: not disenrolled', () => {
    const made = remove(request, household({ informedOfPartBRequirement: false }));
    expect(made.outcome).toBe('refused');
    expect(last(made)).toBe('5 CFR 890.1608(b)(2)');
  });

  it('890.1608(b)(2): removal against equity and good conscience: not disenrolled', () => {
    const made = remove({ ...request, equityAndGoodConscience: true }, household());
    expect(made.outcome === 'refused' && made.code).toBe('RULE_NOT_MET');
    expect(last(made)).toBe('5 CFR 890.1608(b)(2)');
  });

  it('890.1608(b)(1): a family member without Part B is removed; the enrollment continues', () => {
    const context: LifecycleContext = {
      ...CONTEXT,
      partB: {
        enrollee: medicareAnnuitant(),
        enrolleePartB: { ...partB, outcome: 'enrolled' },
        membersWithoutPartB: [makePerson('family_member', { id: 'P-000002', relationship: 'spouse' })],
      },
    };
    const made = accepted(remove(request, context));
    expect(made.to).toBe('enrolled');
    expect(made.facts['removedMembers']).toBe('P-000002');
    expect(made.conversionRight).toBe(true);
  });

  it("890.1608(b): without the household's Part B facts nothing is decided", () => {
    expect(remove(request, CONTEXT).outcome).toBe('refused');
  });
});

describe('5 CFR 890.401(a) temporary extension and conversion', () => {
  const extended = stateOf({ status: 'in_temporary_extension', temporaryExtensionEnds: '2025-07-01' });

  it('890.401(a): the extension ends after its last day', () => {
    expect(
      accepted(apply(extended, { requestedOn: '2025-07-02', action: 'end_temporary_extension' })).effectiveOn,
    ).toBe('2025-07-02');
    expect(apply(extended, { requestedOn: '2025-06-20', action: 'end_temporary_extension' }).outcome).toBe(
      'refused',
    );
  });

  it('890.401(a): conversion to an individual policy during the extension', () => {
    expect(
      accepted(apply(extended, { requestedOn: '2025-06-20', action: 'convert_to_individual_policy' })).to,
    ).toBe('terminated');
    expect(
      apply(extended, { requestedOn: '2025-07-20', action: 'convert_to_individual_policy' }).outcome,
    ).toBe('refused');
  });

  it('890.401(a): a new enrollment during the extension ends it', () => {
    const made = accepted(
      apply(extended, {
        requestedOn: '2025-11-20',
        action: 'open_season_enroll',
        openSeasonId: 'OS-2025',
        coverage: SELF_ONLY,
      }),
    );
    expect(made.state.temporaryExtensionEnds).toBeNull();
  });
});

describe('5 CFR 890.304(d) suspension and reinstatement', () => {
  const annuitant = stateOf({ enrolleeKind: 'annuitant' });

  it('890.304(d)(2): an annuitant suspends for Medicare Advantage', () => {
    const made = accepted(
      apply(annuitant, {
        action: 'suspend',
        otherCoverage: 'medicare_advantage',
        otherCoverageStarts: '2025-04-01',
      }),
    );
    expect(made.to).toBe('suspended');
    expect(last(made)).toBe('5 CFR 890.304(d)(2)');
  });

  it('890.304(d): an employee may not suspend', () => {
    expect(
      apply(stateOf(), { action: 'suspend', otherCoverage: 'tricare', otherCoverageStarts: '2025-04-01' })
        .outcome,
    ).toBe('refused');
  });

  it('890.304(d): reinstated after the other coverage ends, the first of the month after the request', () => {
    const suspended = stateOf({ enrolleeKind: 'annuitant', status: 'suspended' });
    const made = accepted(
      apply(suspended, {
        requestedOn: '2025-10-05',
        action: 'reinstate',
        otherCoverageEndedOn: '2025-09-30',
        coverage: SELF_ONLY,
      }),
    );
    expect(made.effectiveOn).toBe('2025-11-01');
    expect(last(made)).toBe('5 CFR 890.304(d)');
    expect(
      apply(suspended, {
        requestedOn: '2026-01-05',
        action: 'reinstate',
        otherCoverageEndedOn: '2025-09-30',
        coverage: SELF_ONLY,
      }).outcome,
    ).toBe('refused');
  });
});

describe('5 U.S.C. 8905a and 5 CFR 890 subpart K temporary continuation of coverage', () => {
  const ended = stateOf({ status: 'in_temporary_extension', temporaryExtensionEnds: '2025-07-31' });

  it('8905a(e)(1)(A): 18 months after separation, elected within 60 days', () => {
    const made = accepted(
      apply(ended, {
        requestedOn: '2025-07-15',
        action: 'elect_tcc',
        qualifyingEvent: 'separation',
        eventDate: '2025-06-30',
        noticeDate: null,
        coverage: SELF_ONLY,
      }),
    );
    expect(made.effectiveOn).toBe('2025-07-01');
    expect(made.state.tccEnds).toBe('2026-12-30');
    expect(last(made)).toBe('5 U.S.C. 8905a(e)(1)(A)');
  });

  it('8905a(e)(1)(B): 36 months for a former spouse; a late election is refused', () => {
    const made = accepted(
      apply(ended, {
        requestedOn: '2025-07-15',
        action: 'elect_tcc',
        qualifyingEvent: 'former_spouse',
        eventDate: '2025-06-30',
        noticeDate: null,
        coverage: SELF_ONLY,
      }),
    );
    expect(made.state.tccEnds).toBe('2028-06-30');
    expect(
      apply(ended, {
        requestedOn: '2025-09-15',
        action: 'elect_tcc',
        qualifyingEvent: 'separation',
        eventDate: '2025-06-30',
        noticeDate: null,
        coverage: SELF_ONLY,
      }).outcome,
    ).toBe('refused');
  });

  it('890.401(a): when temporary continuation ends, the 31-day extension follows', () => {
    const tcc = stateOf({ status: 'tcc_enrolled', tccEnds: '2026-12-30' });
    const made = accepted(apply(tcc, { requestedOn: '2026-12-31', action: 'end_tcc' }));
    expect(made.temporaryExtensionEnds).toBe('2027-01-30');
  });
});

describe('5 U.S.C. 8905(h) court-ordered enrollment of a child', () => {
  const order = {
    ...ASK,
    actor: OFFICE,
    action: 'court_ordered_child_enrollment' as const,
    orderReceivedOn: '2025-03-10',
    employeeFailedToEnroll: true,
  };

  it('8905(h): an employee who is not enrolled is enrolled in the lowest-cost option, self plus one for one child', () => {
    const made = accepted(
      apply(stateOf({ status: 'not_enrolled', coverage: null }), { ...order, childrenInOrder: 1 }),
    );
    expect(made.state.coverage?.enrollmentType).toBe('self_plus_one');
    expect(made.state.coverage?.planCode).toBe('H1');
    expect(made.effectiveOn).toBe('2025-03-22');
    expect(last(made)).toBe('5 U.S.C. 8905(h)');
  });

  it('8905(h): a self only employee moves to self and family in the same option for two children', () => {
    const made = accepted(apply(stateOf(), { ...order, childrenInOrder: 2 }));
    expect(made.state.coverage).toEqual({
      ...SELF_ONLY,
      enrollmentCode: 'N1B',
      enrollmentType: 'self_and_family',
    });
  });

  it("8905(h): the employee cannot invoke the office's power to enroll them", () => {
    const made = apply(stateOf(), { ...order, actor: ENROLLEE, childrenInOrder: 1 });
    expect(made.outcome === 'refused' && made.code).toBe('RULE_NOT_MET');
  });

  it('8905(h): not while the employee has not failed to act', () => {
    expect(apply(stateOf(), { ...order, childrenInOrder: 1, employeeFailedToEnroll: false }).outcome).toBe(
      'refused',
    );
  });
});

describe('5 CFR 890.103 correction of administrative errors', () => {
  it('890.103: an enrollee cannot correct their own record', () => {
    const made = apply(stateOf(), {
      action: 'correct_administrative_error',
      correctStatus: 'cancelled',
      correctCoverage: null,
      retroactiveFrom: '2025-01-11',
      recordedPremiumPerPeriod: 0,
      correctPremiumPerPeriod: 0,
      payFrequency: 'biweekly',
    });
    expect(made.outcome).toBe('refused');
  });

  it('890.103: a retroactive correction owes the premium difference over the pay periods', () => {
    const made = accepted(
      apply(stateOf({ status: 'not_enrolled', coverage: null }), {
        actor: OFFICE,
        action: 'correct_administrative_error',
        correctStatus: 'enrolled',
        correctCoverage: SELF_ONLY,
        retroactiveFrom: '2025-01-11',
        recordedPremiumPerPeriod: 0,
        correctPremiumPerPeriod: 12_000,
        payFrequency: 'biweekly',
      }),
    );
    expect(made.effectiveOn).toBe('2025-01-11');
    expect(made.premiumAdjustment).toEqual({
      payFrequency: 'biweekly',
      periods: 5,
      differencePerPeriod: 12_000,
      amount: 60_000,
      direction: 'owed',
    });
  });

  it('890.103: an overcharged annuitant is refunded by the month', () => {
    const made = accepted(
      apply(stateOf({ enrolleeKind: 'annuitant', coverage: FAMILY }), {
        actor: OFFICE,
        action: 'correct_administrative_error',
        correctStatus: 'enrolled',
        correctCoverage: SELF_ONLY,
        retroactiveFrom: '2025-01-01',
        recordedPremiumPerPeriod: 20_000,
        correctPremiumPerPeriod: 15_000,
        payFrequency: 'monthly',
      }),
    );
    expect(made.premiumAdjustment?.amount).toBe(-15_000);
    expect(made.premiumAdjustment?.direction).toBe('refund');
    expect(made.explanation).toContain('$150.00 refunded');
  });
});
