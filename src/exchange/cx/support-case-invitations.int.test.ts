// Invitations after resolved support cases (PGlite, and PostgreSQL when TEST_DATABASE_URL is set): a
// case resolved by the helpline invites at the helpline's transaction point through the case's channel;
// a person with another case still open is not invited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CX_TEST_KEYS, everyoneSampled, insertPeople } from '../../../test-support/cx-fixtures.ts';
import { testBackends } from '../../../test-support/databases.ts';
import { invitationsOfSource } from '../../storage/cx/invitations.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { caseSupportPlan } from '../../support/cases/case-plan.ts';
import { openCase } from '../../support/cases/case-opening.ts';
import { resolveCase } from '../../support/cases/case-transitions.ts';
import { createInvitations } from './create-invitations.ts';

const plan = caseSupportPlan();
const actor = { id: 'specialist-1', role: 'support_specialist', partner: 'helpline' } as const;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

for (const backend of testBackends()) {
  describe(`invitations after support cases on ${backend.name}`, () => {
    let store: Store;
    const opened = (personId: number, at: Date) =>
      store.transaction((tx) =>
        openCase(tx, plan, {
          personId,
          channel: 'phone',
          requestType: 'portal-navigation',
          priority: 'normal',
          subject: 'Cannot find the plan comparison',
          note: 'Caller could not find the comparison page.',
          takenBy: 'helpline',
          actor,
          at,
        }),
      );
    beforeAll(async () => {
      store = await backend.open();
      await insertPeople(store, [10, 11]);
      const first = await opened(10, minutesAgo(30));
      await store.transaction((tx) =>
        resolveCase(tx, plan, first.id, {
          resolution: 'Showed the page.',
          wrapUpCode: 'technical-fixed',
          actor,
          at: minutesAgo(20),
        }),
      );
      const second = await opened(11, minutesAgo(30));
      await opened(11, minutesAgo(25));
      await store.transaction((tx) =>
        resolveCase(tx, plan, second.id, {
          resolution: 'Answered.',
          wrapUpCode: 'answered',
          actor,
          at: minutesAgo(15),
        }),
      );
    }, 180_000);
    afterAll(() => store.close());

    it('invites after a resolved case, not while another case of the person is open', async () => {
      const run = await createInvitations(store, {
        catalogue: everyoneSampled(),
        keys: CX_TEST_KEYS,
        now: new Date(),
      });
      expect(run.sources.find((s) => s.source === 'support-case')).toMatchObject({
        scanned: 2,
        invited: 1,
        skipped: { open_case: 1 },
      });
      const [invitation] = await invitationsOfSource(executorOf(store), 'support-case');
      expect(invitation).toMatchObject({ transaction_point: 'support-case-resolved-helpline' });
      const [row] = await store.transaction((tx) =>
        tx.query<{ channel: string; partner: string; stage: string }>(
          `select channel, partner, stage from cx_invitation where transaction_source = 'support-case'`,
        ),
      );
      expect(row).toEqual({ channel: 'phone', partner: 'helpline', stage: 'Getting help' });
    });
  });
}
