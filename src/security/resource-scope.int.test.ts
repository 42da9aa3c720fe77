import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { listAudit } from './audit-log.ts';
import type { Principal } from './principal.ts';
import { accessEnforcer, scopeOfPerson } from './resource-scope.ts';

const carrierAB: Principal = { subject: 'carrier-ab', role: 'carrier', carrierCodes: ['AB'] };
const enrollee10: Principal = { subject: 'enrollee-10', role: 'enrollee', personId: 10 };

async function seed(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    for (const [carrier, plan] of [
      ['AB', 'A1'],
      ['CD', 'C1'],
    ])
      await tx.query(
        `insert into plan_option (catalogue_version, program, contract_year, carrier_code, carrier_name, plan_code,
           option_code, plan_name, option_name, hdhp, membership_fee, service_area, source)
         values ('t', 'PSHB', 2025, $1, $1, $2, '1', 'Plan', 'Option', false, false, 'nationwide', 'synthetic')`,
        [carrier, plan],
      );
    // Household 10 (enrollee 10, child 11) enrolled with AB; household 20 with CD.
    for (const [id, household] of [
      [10, 10],
      [11, 10],
      [20, 20],
    ])
      await tx.query(
        `insert into person (id, household_id, relationship, category, first_name, last_name, birth_date, sex, ssn)
         values ($1, $2, $3, 'annuitant', 'T', 'P', '1950-01-01', 'F', 'v1:x')`,
        [id, household, id === household ? 'self' : 'child'],
      );
    for (const [person, plan] of [
      [10, 'A1'],
      [20, 'C1'],
    ])
      await tx.query(
        `insert into enrollment_event (person_id, event_type, plan_code, effective_on, reason, citations)
         values ($1, 'automatic_enrollment', $2, '2025-01-01', 'test', '{}')`,
        [person, plan],
      );
  });
}

for (const backend of testBackends()) {
  describe(`access with the person's scope looked up, on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await seed(store);
    });
    afterAll(async () => {
      await store?.close();
    });

    it("finds a person's household and current carriers", async () => {
      expect(await scopeOfPerson(store, 11)).toEqual({ householdId: 10, carrierCodes: ['AB'], routedTo: [] });
      expect(await scopeOfPerson(store, 99)).toBeUndefined();
    });

    it("lets a carrier read its own enrollee's family, refuses another carrier's enrollee, and audits both", async () => {
      const enforce = accessEnforcer(store);
      await enforce(
        carrierAB,
        'person.read',
        { kind: 'person', personId: 11 },
        { requestId: 'r1', fields: ['ssn'] },
      );
      await expect(
        enforce(carrierAB, 'person.read', { kind: 'person', personId: 20 }, { requestId: 'r2' }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await enforce(enrollee10, 'enrollment.read', { kind: 'enrollment', personId: 11 });
      await expect(
        enforce(enrollee10, 'person.read', { kind: 'person', personId: 20 }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const log = (await listAudit(store)).entries.reverse();
      expect(log.map((e) => [e.subject, e.personId, e.outcome, e.purpose])).toEqual([
        ['carrier-ab', 11, 'allowed', 'carrier enrollment reconciliation'],
        ['carrier-ab', 20, 'refused', 'carrier enrollment reconciliation'],
        ['enrollee-10', 11, 'allowed', 'self-service'],
        ['enrollee-10', 20, 'refused', 'self-service'],
      ]);
      expect(log[0]!.fields).toEqual(['ssn']);
    });
  });
}
