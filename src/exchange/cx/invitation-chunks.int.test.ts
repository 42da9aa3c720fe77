// A batch's invitations go in as arrays, 50 rows a statement: a batch of more than that spans several
// statements, each of which inserts its rows and reports them, and the same rows again insert none. A
// paced run (the job's, src/exchange/pace.ts) rests between them and makes the same invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CX_TEST_KEYS,
  everyoneSampled,
  insertPeople,
  recordElection,
} from '../../../test-support/cx-fixtures.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { insertInvitations, type InvitationInsert } from '../../storage/cx/invitations.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { createInvitations } from './create-invitations.ts';

const catalogue = everyoneSampled();
const NOW = new Date('2026-12-06T12:00:00Z');
const PEOPLE = Array.from({ length: 601 }, (_, i) => 1_000 + i);
const LATER = Array.from({ length: 120 }, (_, i) => 5_000 + i);

for (const backend of testBackends()) {
  describe(`a batch of more than one statement's invitations on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      await insertPeople(store, [...PEOPLE, ...LATER]);
      for (const person of PEOPLE) await recordElection(store, person, '2024-11-12', '2026-12-06T11:00:00Z');
    }, 180_000);
    afterAll(() => store.close());

    it('invites every one of 601 transactions in one batch, each once, with every column stored', async () => {
      const run = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW });
      expect(run).toMatchObject({ scanned: PEOPLE.length, invited: PEOPLE.length });
      const stored = await store.transaction((tx) =>
        tx.query<{
          invitations: string;
          tokens: string;
          persons: string;
          partners: string;
          quarters: string;
          offered_on: string;
          expires_at: string;
        }>(
          `select count(*) as invitations, count(distinct token_hash) as tokens,
           count(distinct person_key) as persons, count(partner) as partners,
           string_agg(distinct fiscal_year || '-' || fiscal_quarter, ',') as quarters,
           min(offered_on)::text as offered_on, min(expires_at at time zone 'UTC')::text as expires_at
         from cx_invitation`,
        ),
      );
      expect(stored[0]).toMatchObject({
        invitations: expect.toSatisfy((n) => Number(n) === PEOPLE.length),
        tokens: expect.toSatisfy((n) => Number(n) === PEOPLE.length),
        persons: expect.toSatisfy((n) => Number(n) === PEOPLE.length),
        partners: expect.toSatisfy((n) => Number(n) === 0),
        quarters: '2025-1',
        offered_on: '2024-11-12',
        expires_at: '2024-12-12 23:59:59.999',
      });
    });

    it('inserts none of them again: every chunk of the same rows finds them there', async () => {
      const rows = await store.transaction((tx) =>
        tx.query<InvitationInsert>(
          `select token_hash, survey_id, survey_version, language, service, stage, transaction_point, channel,
             partner, transaction_source, transaction_reference, person_key, period, fiscal_year,
             fiscal_quarter, offered_on::text, expires_at from cx_invitation`,
        ),
      );
      expect(rows).toHaveLength(PEOPLE.length);
      const inserted = await insertInvitations(executorOf(store), rows);
      expect(inserted.size).toBe(0);
    });

    it('makes the same invitations when paced at a quarter of the time, resting between statements', async () => {
      for (const person of LATER) await recordElection(store, person, '2024-11-13', '2026-12-06T11:30:00Z');
      const run = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW, share: 0.25 });
      expect(run).toMatchObject({ scanned: LATER.length, invited: LATER.length });
      const again = await createInvitations(store, { catalogue, keys: CX_TEST_KEYS, now: NOW, share: 0.25 });
      expect(again).toMatchObject({ scanned: 0, invited: 0 });
    });
  });
}
