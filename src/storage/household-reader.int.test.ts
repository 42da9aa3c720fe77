// The household reader gives the rules every fact the person record holds, including those of
// migration 0011, and rows written before it (or without those facts) decide as they did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { evaluateHousehold } from '../rules/household.ts';
import { testContext } from '../../test-support/rules-fixtures.ts';
import { readHouseholdWindow } from './household-reader.ts';
import type { Store } from './store.ts';
import type { PersonTable } from './tables.ts';
import type { Insertable } from 'kysely';

/** A survivor annuitant household: the survivor (id 1) and a spouse-like member (id 2). */
function row(id: number, fields: Partial<Insertable<PersonTable>> = {}): Insertable<PersonTable> {
  return {
    id,
    household_id: 1,
    relationship: id === 1 ? 'self' : 'child',
    category: id === 1 ? 'survivor_annuitant' : 'family_member',
    first_name: 'Test',
    last_name: 'Person',
    birth_date: id === 1 ? '1950-03-03' : '2010-05-05',
    sex: 'F',
    ssn: 'sealed',
    annuitant_since: '2019-06-01',
    employed_on_program_start: false,
    compensationer_unable_to_return: false,
    incapable_of_self_support: false,
    residence_country: 'US',
    residence_state: 'CA',
    va_enrolled: false,
    ihs_eligible: false,
    medicare_part_a_start: id === 1 ? '2015-03-01' : null,
    medicare_part_a_basis: id === 1 ? 'premium_free' : null,
    medicare_part_b_start: null,
    medicare_part_b_end: null,
    suspended_for_medicare_plan: false,
    covered_by_other_fehb: false,
    former_spouse_fehb_enrolled: false,
    deceased_annuitant_exception: null,
    nonpay_over_365_days: false,
    informed_of_part_b_requirement: true,
    ...fields,
  };
}

describe.each(testBackends())('household reader on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store.close());

  it('890.1604(d)(1)(i): a stored survivor annuitant since 2019 without Part B is read and decided excepted (issue 10 item 3)', async () => {
    await store.db
      .insertInto('person')
      .values([row(1, { deceased_annuitant_exception: 'none' }), row(2)])
      .execute();
    const [household] = await readHouseholdWindow(store, 'TOS-2024', 0, 1);
    expect(household!.enrollee.deceasedAnnuitantException).toBeNull();
    expect(household!.enrollee.lastEmployingAgency).toBe('postal_service');
    const decided = evaluateHousehold({ ...household!, election: null }, testContext('2025-03-01'));
    expect(decided.enrollee.partB.outcome).toBe('excepted');
  });

  it('migration 0011: every new fact travels from the record to the rules (issue 10 item 7)', async () => {
    await store.db
      .updateTable('person')
      .set({
        survivor_since: '2025-02-01',
        deceased_annuitant_exception: '5 CFR 890.1604(d)(1)(ii)',
        last_employing_agency: 'postal_service',
        temporary_employee: true,
        temporary_continuous_year_completed: true,
        medicare_enrollment_period_ends: '2025-06-30',
        medicare_part_b_periods: '2015-03-01..2025-02-01;2025-05-01..',
        medicare_part_a_basis_history: '2015-03-01 section_1818;2020-01-01 premium_free',
        part_b_application_filed_on: '2025-03-15',
        part_b_application_coverage_starts_on: '2025-05-01',
        next_medicare_enrollment_opportunity_ends: '2026-03-31',
        part_b_cancellation_received_on: '2025-04-01',
        part_b_misrepresentation_found_on: '2025-04-02',
        hospital_confinements: '2025-04-20..2025-05-02;2025-06-01..',
      })
      .where('id', '=', 1)
      .execute();
    const [household] = await readHouseholdWindow(store, 'TOS-2024', 0, 1);
    const survivor = household!.enrollee;
    expect(survivor).toMatchObject({
      survivorSince: '2025-02-01',
      deceasedAnnuitantException: '890.1604(d)(1)(ii)',
      temporaryEmployee: true,
      temporaryContinuousYearCompleted: true,
      partBCancellationReceivedOn: '2025-04-01',
      partBMisrepresentationFoundOn: '2025-04-02',
      hospitalConfinements: [
        { from: '2025-04-20', to: '2025-05-02' },
        { from: '2025-06-01', to: null },
      ],
    });
    expect(survivor.medicare).toMatchObject({
      enrollmentPeriodEnds: '2025-06-30',
      partBPeriods: [
        { start: '2015-03-01', end: '2025-02-01' },
        { start: '2025-05-01', end: null },
      ],
      partABasisHistory: [
        { from: '2015-03-01', basis: 'section_1818' },
        { from: '2020-01-01', basis: 'premium_free' },
      ],
      partBApplication: { filedOn: '2025-03-15', coverageStartsOn: '2025-05-01' },
      nextEnrollmentOpportunityEnds: '2026-03-31',
    });
    expect(household!.family).toHaveLength(1);
  });

  it('migration 0011: a malformed interval is refused by the database, not misread later', async () => {
    await expect(
      store.db
        .updateTable('person')
        .set({ medicare_part_b_periods: '2015-03-01,2025' })
        .where('id', '=', 1)
        .execute(),
    ).rejects.toThrow();
  });
});
