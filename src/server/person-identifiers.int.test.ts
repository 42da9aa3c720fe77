// Medicare numbers over the API: GET /persons/:id shows only the last four characters of the SSN and
// MBI and audits the fields; GET /persons/:id/identifiers gives the whole values to the roles with
// person.read_identifiers, audited with the purpose stated, and refuses (and audits) everyone else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import { seedPopulation } from '../../test-support/seed-population.ts';
import { isSyntheticMbi } from '../domain/medicare-number.ts';
import { syntheticMbi } from '../exchange/population/person-row.ts';
import type { Principal } from '../security/principal.ts';
import { securityDb } from '../security/security-tables.ts';
import type { Store } from '../storage/store.ts';
import { buildTestServer, signedInAs } from './test-authenticator.test.ts';

const SEED = 23;

describe.each(testBackends())('Medicare numbers over the API on $name', (backend) => {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-mbi-api-'));
  let store: Store;
  let app: FastifyInstance;
  /** A person with Medicare whose household has a PSHB enrollment, and that enrollment's carrier. */
  let withMedicare: { id: number; household_id: number; carrier: string };

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 300, seed: SEED });
    const row = await store.db
      .selectFrom('person as p')
      .innerJoin('enrollment_event as e', 'e.person_id', 'p.household_id')
      .innerJoin('plan_option as o', (join) =>
        join.onRef('o.plan_code', '=', 'e.plan_code').on('o.program', '=', 'PSHB'),
      )
      .select(['p.id', 'p.household_id', 'o.carrier_code'])
      .where('p.medicare_number', 'is not', null)
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    withMedicare = { id: Number(row.id), household_id: Number(row.household_id), carrier: row.carrier_code };
    app = await buildTestServer(store);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const get = (url: string, principal: Principal) =>
    app.inject({ method: 'GET', url, headers: signedInAs(principal) });
  const auditOf = (subject: string) =>
    securityDb(store)
      .selectFrom('audit_log')
      .select(['action', 'person_id', 'fields', 'purpose', 'outcome'])
      .where('subject', '=', subject)
      .orderBy('id')
      .execute();

  it('stores the MBI encrypted with its last four in clear, only for people with Medicare', async () => {
    const rows = await store.db
      .selectFrom('person')
      .select([
        'id',
        'medicare_number',
        'medicare_number_last4',
        'medicare_part_a_start',
        'medicare_part_b_start',
      ])
      .execute();
    const holders = rows.filter((r) => r.medicare_number !== null);
    expect(holders.length).toBeGreaterThan(10);
    for (const r of rows) {
      const hasMedicare = r.medicare_part_a_start !== null || r.medicare_part_b_start !== null;
      expect(r.medicare_number !== null).toBe(hasMedicare);
    }
    for (const r of holders) {
      expect(r.medicare_number).toMatch(/^v1:/);
      expect(r.medicare_number_last4).toBe(syntheticMbi(Number(r.id), SEED).slice(-4));
    }
  });

  it('GET /persons/:id shows the last four of the MBI and audits the field', async () => {
    const admin = { subject: 'mbi-masked-admin', role: 'program_administrator' } as const;
    const response = await get(`/api/v1/persons/${withMedicare.id}`, admin);
    expect(response.statusCode).toBe(200);
    const mbi = syntheticMbi(withMedicare.id, SEED);
    expect(response.json()).toMatchObject({ medicareNumberLastFour: mbi.slice(-4) });
    expect(response.body).not.toContain(mbi);
    expect(await auditOf(admin.subject)).toEqual([
      {
        action: 'person.read',
        person_id: withMedicare.id,
        fields: ['name', 'birth_date', 'ssn_last4', 'medicare_number_last4', 'mailing_postal_code'],
        purpose: 'program administration',
        outcome: 'allowed',
      },
    ]);
  });

  it('gives the whole SSN and MBI to an administrator and a carrier of the enrollee, audited with the purpose', async () => {
    const admin = { subject: 'mbi-whole-admin', role: 'program_administrator' } as const;
    const carrier = {
      subject: 'mbi-whole-carrier',
      role: 'carrier',
      carrierCodes: [withMedicare.carrier],
    } as const;
    const url = `/api/v1/persons/${withMedicare.id}/identifiers?purpose=${encodeURIComponent('case 4711')}`;
    for (const principal of [admin, carrier]) {
      const response = await get(url, principal);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const body = response.json<{ ssn: string; medicareNumber: string }>();
      expect(body.ssn).toMatch(/^9\d{2}-\d{2}-\d{4}$/);
      expect(body.medicareNumber).toBe(syntheticMbi(withMedicare.id, SEED));
      expect(isSyntheticMbi(body.medicareNumber)).toBe(true);
      expect(await auditOf(principal.subject)).toEqual([
        {
          action: 'person.read_identifiers',
          person_id: withMedicare.id,
          fields: ['ssn', 'medicare_number'],
          purpose: 'case 4711',
          outcome: 'allowed',
        },
      ]);
    }
  });

  it('refuses the whole identifiers to an auditor, the enrollee and another carrier, and audits each refusal', async () => {
    const url = `/api/v1/persons/${withMedicare.id}/identifiers?purpose=curious`;
    const refused: Principal[] = [
      { subject: 'mbi-auditor', role: 'auditor' },
      { subject: 'mbi-enrollee', role: 'enrollee', personId: withMedicare.household_id },
      { subject: 'mbi-other-carrier', role: 'carrier', carrierCodes: ['NOT-THEIRS'] },
    ];
    for (const principal of refused) {
      const response = await get(url, principal);
      // A role that may never see whole identifiers is told so; another carrier is told of no person.
      expect(response.statusCode).toBe(principal.role === 'carrier' ? 404 : 403);
      expect(response.body).not.toContain(syntheticMbi(withMedicare.id, SEED));
      expect(await auditOf(principal.subject)).toMatchObject([
        {
          action: 'person.read_identifiers',
          person_id: withMedicare.id,
          purpose: 'curious',
          outcome: 'refused',
        },
      ]);
    }
  });

  it('needs a purpose', async () => {
    const admin = { subject: 'mbi-no-purpose', role: 'program_administrator' } as const;
    const response = await get(`/api/v1/persons/${withMedicare.id}/identifiers`, admin);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await auditOf(admin.subject)).toEqual([]);
  });
});
