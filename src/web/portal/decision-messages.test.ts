// The portal says every rule's outcome from a message key and its facts, in English and Spanish: each
// outcome, reason, change, status and event the rules can give has a key in both languages (from the
// rules' own lists, or from their outcome types, which tsc holds complete), and what is shown has no
// system words: no snake_case, no cents, no ISO dates, no citation as a value.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { lifeEventKind, lifeEventPermit } from '../../domain/lifecycle.ts';
import type { Person } from '../../domain/person.ts';
import type { Decision } from '../../rules/decision.ts';
import type { BelatedOutcome } from '../../rules/belated-enrollment.ts';
import {
  decideEligibility,
  type EligibilityExclusion,
  type EligibilityOutcome,
} from '../../rules/eligibility.ts';
import type { EnrollmentOutcome } from '../../rules/enrollment.ts';
import { decidePartB, type PartBOutcome } from '../../rules/part-b.ts';
import type { TerminationDecision } from '../../rules/part-b-termination.ts';
import type { LifeEventOutcome } from '../../rules/lifecycle/life-events.ts';
import {
  decideReconsiderationRequest,
  initialDecision,
  reconsiderationDecision,
  type ReconsiderationRequestOutcome,
} from '../../rules/lifecycle/reconsideration.ts';
import { LIFECYCLE_ACTIONS, LIFECYCLE_STATUSES } from '../../rules/lifecycle/states.ts';
import type { TransitionDecision } from '../../rules/lifecycle/transition.ts';
import { makePerson, TEST_CALENDAR } from '../../../test-support/rules-fixtures.ts';
import { formattersFor } from '../i18n/format.ts';
import noticesEn from '../i18n/locales/en/notices.json';
import noticesEs from '../i18n/locales/es/notices.json';
import {
  decisionSentence,
  eventKey,
  factsShown,
  outcomeKey,
  reasonKeys,
  reconsiderationDays,
  statusChange,
  transitionKey,
  type FactText,
  type Translate,
} from './decision-messages.ts';

// Each rule's outcomes, by the rule's name; a Record over the rule's outcome type, so tsc fails when a
// rule gains an outcome this list lacks.
const all = <T extends string>(outcomes: Record<T, true>): T[] => Object.keys(outcomes) as T[];
const OUTCOMES: Record<string, readonly string[]> = {
  eligibility: all<EligibilityOutcome>({ eligible: true, not_eligible: true }),
  'part-b': all<PartBOutcome>({
    not_required: true,
    enrolled: true,
    excepted: true,
    pending_evidence: true,
    required_not_enrolled: true,
  }),
  enrollment: all<EnrollmentOutcome>({
    automatic_enrollment: true,
    open_season_election: true,
    open_season_decline: true,
    not_enrolled: true,
  }),
  'part-b-termination': all<TerminationDecision['outcome']>({ terminated: true, not_terminated: true }),
  'belated-enrollment': all<BelatedOutcome>({
    belated_enrollment_permitted: true,
    belated_enrollment_not_permitted: true,
  }),
  'life-event': all<LifeEventOutcome>({
    change_permitted: true,
    outside_window: true,
    change_not_permitted: true,
    no_rule: true,
  }),
  lifecycle: all<TransitionDecision['outcome']>({ accepted: true, refused: true }),
  reconsideration: ['initial_decision'],
  'reconsideration-request': all<ReconsiderationRequestOutcome>({
    timely: true,
    late_excused: true,
    untimely: true,
  }),
  'reconsideration-decision': all<'affirmed' | 'reversed'>({ affirmed: true, reversed: true }),
};
const EXCLUSIONS = all<EligibilityExclusion>({ part_b_not_enrolled: true, covered_by_other_fehb: true });

type Tree = { readonly [key: string]: string | Tree };
function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
const LANGUAGES = { en: noticesEn as Tree, es: noticesEs as Tree };
function expectKey(key: string, what: string): void {
  for (const [language, tree] of Object.entries(LANGUAGES))
    expect(lookup(tree, key), `${what}: ${key} in ${language}`).toBeTypeOf('string');
}

describe('every outcome, reason, change, status and event has a key in English and Spanish', () => {
  it.each(Object.entries(OUTCOMES))('the outcomes of the %s rule', (rule, outcomes) => {
    for (const outcome of outcomes) {
      const key = outcomeKey({ rule, outcome });
      expect(key, `${rule} ${outcome}`).not.toBe('outcomes.unknown');
      expectKey(key, `${rule} ${outcome}`);
    }
  });

  it('the decisions the reconsideration rules make name themselves as the list says', () => {
    const periods = { reconsiderationRequestDays: 30 } as never;
    const decided = { rule: 'lifecycle', outcome: 'accepted', citations: [], facts: {}, explanation: '' };
    const initial = initialDecision({ subjectId: 'transition 1', decidedOn: '2024-11-20', decided }, periods);
    const request = decideReconsiderationRequest(
      {
        initialDecisionDate: '2024-11-20',
        filedOn: '2024-11-21',
        notNotified: false,
        preventedByCircumstancesBeyondControl: false,
      },
      periods,
    );
    const final = reconsiderationDecision({
      initial,
      result: 'affirm',
      decidedOn: '2025-01-10',
      findings: '',
    });
    for (const made of [initial, request, final]) expect(OUTCOMES[made.rule]).toContain(made.outcome);
  });

  it('every lifecycle action has the sentence of its change, and every status its words', () => {
    for (const action of LIFECYCLE_ACTIONS) {
      expect(transitionKey(action)).toBe(`transitions.${action}`);
      expectKey(transitionKey(action), action);
      expect(eventKey(action)).not.toBe('events.other');
    }
    for (const status of LIFECYCLE_STATUSES) expectKey(`status.${status}`, status);
  });

  it('every exclusion, life event and change asked for has its words', () => {
    for (const exclusion of EXCLUSIONS) expectKey(`reasons.eligibility.${exclusion}`, exclusion);
    for (const value of [...lifeEventKind.options, ...lifeEventPermit.options])
      expectKey(`values.${value}`, value);
  });

  it("an outcome no key names yet is said in general words, not in the rules' words", () => {
    expect(outcomeKey({ rule: 'enrollment', outcome: 'something_new' })).toBe('outcomes.unknown');
  });
});

function decideFor(person: Person, enrollee: Person = person): Decision {
  const asOf = '2025-01-01';
  const enrolleePartB = decidePartB(enrollee, { enrollee, enrolleePartB: null }, TEST_CALENDAR, asOf);
  const partB =
    person === enrollee
      ? enrolleePartB
      : decidePartB(person, { enrollee, enrolleePartB }, TEST_CALENDAR, asOf);
  return decideEligibility(person, { enrollee }, partB, { calendar: TEST_CALENDAR, asOf });
}
const employee = makePerson('employee');
const member = (relationship: 'spouse' | 'child', birthDate: string, fields = {}) =>
  makePerson('family_member', { id: `${relationship}-1`, relationship, birthDate, ...fields });

describe("eligibility reasons said from the decision's facts (5 CFR 890.1603)", () => {
  it.each([
    ['890.1603(a)(1): a Postal Service employee', employee, employee, ['employee']],
    [
      '890.1603(b): a compensationer found unable to return to duty',
      makePerson('compensationer', { compensationerUnableToReturn: true }),
      null,
      ['compensationer'],
    ],
    [
      '890.1603(b): a compensationer with no such finding',
      makePerson('compensationer'),
      null,
      ['compensationer_not_found'],
    ],
    [
      '890.1603(a)(2): a Postal Service annuitant',
      makePerson('annuitant', { annuitantSince: '2010-01-01' }),
      null,
      ['annuitant'],
    ],
    [
      '890.1603(a)(2), 5 U.S.C. 8903c(a): an annuitant of another agency',
      makePerson('annuitant', { lastEmployingAgency: 'other_agency' }),
      null,
      ['not_postal'],
    ],
    [
      '890.102(c)(1): a temporary employee without a year of continuous employment',
      makePerson('employee', { temporaryEmployee: true }),
      null,
      ['temporary_employee_short'],
    ],
    [
      '890.1603(d): a former spouse',
      makePerson('former_spouse', { formerSpouseFehbEnrolled: true }),
      null,
      ['former_spouse'],
    ],
    ['890.1603(a)(3) with 890.302: a spouse', member('spouse', '1962-01-01'), employee, ['spouse']],
    ['890.302: a child under 26', member('child', '2010-01-01'), employee, ['child']],
    [
      '890.302: a child 26 or over incapable of self-support',
      member('child', '1980-01-01', { incapableOfSelfSupport: true }),
      employee,
      ['child_incapable'],
    ],
    ['890.302: a child 26 or over', member('child', '1980-01-01'), employee, ['child_over_age']],
    [
      '890.1603(c)(3): covered by FEHB through another enrollment',
      makePerson('employee', { coveredByOtherFehb: true }),
      null,
      ['employee', 'covered_by_other_fehb'],
    ],
  ] as const)('%s', (_, person, enrollee, reasons) => {
    const keys = reasonKeys(decideFor(person, enrollee ?? person));
    expect(keys).toEqual(reasons.map((reason) => `reasons.eligibility.${reason}`));
    for (const key of keys) expectKey(key, key);
  });

  it('only eligibility decisions give reasons in words; others say their outcome', () => {
    expect(reasonKeys({ rule: 'part-b', outcome: 'enrolled', facts: {} })).toEqual([]);
  });
});

describe('facts are shown with plain labels and values, never as the rules keep them', () => {
  const shown = (facts: Parameters<typeof factsShown>[0]) =>
    Object.fromEntries(factsShown(facts).map((fact) => [fact.name, fact.text]));

  it('5 CFR 890.1606(e) automatic enrollment: dollars not cents, the plan by name, no region code or basis', () => {
    const facts = shown({
      enrolleeCategory: 'annuitant',
      enrollmentCode: '23A',
      crosswalkRegion: 'NV',
      costBasis: 'lowest enrollee biweekly premium',
      enrolleeBiweeklyCents: 591_700,
      effectiveOn: '2025-01-01',
      hdhp: false,
      fehbEnrollmentCode: '105',
    });
    expect(Object.keys(facts).sort()).toEqual(
      [
        'effectiveOn',
        'enrolleeBiweeklyCents',
        'enrolleeCategory',
        'enrollmentCode',
        'fehbEnrollmentCode',
        'hdhp',
      ].sort(),
    );
    expect(facts.enrolleeBiweeklyCents).toEqual({ kind: 'money', cents: 591_700 });
    expect(facts.enrollmentCode).toEqual({ kind: 'plan', enrollmentCode: '23A' });
    expect(facts.effectiveOn).toEqual({ kind: 'date', isoDate: '2025-01-01' });
    expect(facts.enrolleeCategory).toEqual({ kind: 'word', key: 'values.annuitant' });
  });

  it('5 CFR 890.1604: the exception is said in words elsewhere, never as its citation in the facts', () => {
    expect(shown({ exception: '5 CFR 890.1604(d)(1)(i)', partABasis: 'premium_free' })).toEqual({
      partABasis: { kind: 'word', key: 'values.premium_free' },
    });
  });

  it("5 CFR 890.301: a life event's facts say the event and the change in words; the table version is left out", () => {
    const facts = shown({
      event: 'marriage',
      change: 'increase_type',
      lifeEventsVersion: '2024-1',
      eventDate: '2024-11-02',
    });
    expect(facts).toEqual({
      event: { kind: 'word', key: 'values.marriage' },
      change: { kind: 'word', key: 'values.increase_type' },
      eventDate: { kind: 'date', isoDate: '2024-11-02' },
    });
  });

  it('every fact label and value has words in both languages', () => {
    for (const name of Object.keys(noticesEn.factNames)) expectKey(`factNames.${name}`, name);
    for (const value of Object.keys(noticesEn.values)) expectKey(`values.${value}`, value);
  });
});

describe('the notice of a recorded change (5 CFR 890.104 with 890.1607), in Spanish', () => {
  let t: Translate;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'es',
      resources: { es: { notices: noticesEs }, en: { notices: noticesEn } },
      defaultNS: 'notices',
      interpolation: { escapeValue: false },
    });
    t = (key, values) => instance.t(key, values ?? {});
  });
  const es = formattersFor('es', 'America/New_York');
  const plan = () => 'FEP Blue Focus: Standard, Usted más uno';
  const SYSTEM_WORDS = /_|\(cents\)|\d{4}-\d{2}-\d{2}|\bFrom\b|\bto\b/;

  it('890.1605: a plan change names the new plan and drops "from enrolled to enrolled"', () => {
    const coverage = {
      enrollmentCode: '23A',
      planCode: '23',
      optionCode: '1',
      enrollmentType: 'self_plus_one' as const,
    };
    const text = decisionSentence(
      t,
      { action: 'open_season_change', from: 'enrolled', to: 'enrolled', coverage },
      plan,
    );
    expect(text).toBe(
      'Cambió su plan a FEP Blue Focus: Standard, Usted más uno durante la temporada abierta.',
    );
    expect(text).not.toMatch(SYSTEM_WORDS);
  });

  it('890.1605(b): a decline says so, and the status it leaves, in words', () => {
    const text = decisionSentence(
      t,
      { action: 'open_season_decline', from: 'enrolled', to: 'declined', coverage: null },
      plan,
    );
    expect(text).toBe(
      'Decidió no inscribirse durante la temporada abierta. Su inscripción estaba activa y ahora está rechazada.',
    );
    expect(statusChange('enrolled', 'enrolled')).toBeNull();
  });

  it('890.301: a life event change names the plan it left, never the change asked for as a code', () => {
    const coverage = {
      enrollmentCode: '23B',
      planCode: '23',
      optionCode: '1',
      enrollmentType: 'self_and_family' as const,
    };
    const text = decisionSentence(
      t,
      { action: 'life_event_change', from: 'enrolled', to: 'enrolled', coverage },
      plan,
    );
    expect(text).not.toMatch(SYSTEM_WORDS);
    expect(text).toContain('FEP Blue Focus');
  });

  it('890.1607: the right to reconsideration states its days and its deadline as a day in Spanish', () => {
    const days = reconsiderationDays('2024-11-20', '2024-12-20');
    const text = t('notice.rights', { days, deadline: es.date('2024-12-20') });
    expect(text).toContain('30 días');
    expect(text).toContain('20 de diciembre de 2024');
    expect(text).not.toMatch(SYSTEM_WORDS);
  });

  it('every lifecycle change and status reads without system words in both languages', () => {
    for (const action of LIFECYCLE_ACTIONS)
      for (const from of LIFECYCLE_STATUSES) {
        const text = decisionSentence(t, { action, from, to: 'enrolled', coverage: null }, plan);
        expect(text, `${action} from ${from}`).not.toMatch(/_|\{\{/);
      }
  });

  it('facts in Spanish: dollars, a day, words', () => {
    const words = (text: FactText) =>
      text.kind === 'money'
        ? es.money(text.cents)
        : text.kind === 'date'
          ? es.date(text.isoDate)
          : text.kind === 'word'
            ? t(text.key)
            : '';
    const facts = factsShown({
      enrolleeBiweeklyCents: 591_700,
      effectiveOn: '2025-01-01',
      category: 'annuitant',
    });
    const texts = facts.map((fact) => `${t(fact.labelKey)}: ${words(fact.text)}`);
    expect(texts.join(' | ')).not.toMatch(SYSTEM_WORDS);
    expect(texts[0]).toMatch(/5\.917,00\s?US\$|US\$\s?5,917\.00|\$5,917\.00/);
  });
});
