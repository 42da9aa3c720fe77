// "Next case" under contention: specialists of one partner clicking at once each get a different case,
// the oldest waiting first, and no case is given twice, because the taker locks the case row and the
// others skip it (SELECT ... FOR UPDATE SKIP LOCKED). Against PostgreSQL, where the transactions run
// on separate connections (PGlite has one connection, which runs them one after another).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { Store } from '../../storage/store.ts';
import { caseSupportPlan } from './case-plan.ts';
import { openCase } from './case-opening.ts';
import { assignCase, takeNextCase, transferCase } from './case-transitions.ts';

const SPECIALISTS = 12;
const CASES = 8;

describe.each(testBackends())('next case on $name', (backend) => {
  let store: Store;
  const plan = caseSupportPlan();
  const opened: number[] = [];
  const specialist = (n: number) => ({
    id: `helpline-${n}`,
    role: 'support_specialist',
    partner: 'helpline',
  });

  beforeAll(async () => {
    store = await backend.open();
    await seedPopulation(store, { people: 10, seed: 3, autoEnroll: false });
    const [person] = await store.db.selectFrom('person').select('id').orderBy('id').limit(1).execute();
    for (let i = 0; i < CASES; i += 1) {
      const at = new Date(Date.UTC(2026, 0, 1, 9, i));
      const created = await store.transaction((tx) =>
        openCase(tx, plan, {
          personId: person!.id,
          channel: 'phone',
          requestType: 'plan-questions',
          priority: 'normal',
          subject: `question ${i}`,
          note: 'asked',
          actor: specialist(0),
          at,
        }),
      );
      opened.push(created.id);
    }
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('gives concurrent takers different cases, oldest first, and none twice', async () => {
    const taken = await Promise.all(
      Array.from({ length: SPECIALISTS }, (_, n) =>
        store.transaction((tx) => takeNextCase(tx, plan, 'helpline', { actor: specialist(n + 1) })),
      ),
    );
    const ids = taken.flatMap((c) => (c ? [c.id] : []));
    expect(ids).toHaveLength(CASES);
    expect(new Set(ids).size).toBe(CASES);
    expect([...ids].sort((a, b) => a - b)).toEqual(opened);
    expect(taken.filter((c) => c === null)).toHaveLength(SPECIALISTS - CASES);
    const rows = await store.db
      .selectFrom('support_case')
      .select(['id', 'assigned_to', 'status'])
      .where('id', 'in', opened)
      .execute();
    expect(new Set(rows.map((r) => r.assigned_to)).size).toBe(CASES);
    expect(rows.every((r) => r.status === 'in_progress')).toBe(true);
  });

  it('refuses to assign a case someone already works, and frees it when it moves to another partner', async () => {
    const first = opened[0]!;
    const holder = await store.db
      .selectFrom('support_case')
      .select('assigned_to')
      .where('id', '=', first)
      .executeTakeFirstOrThrow();
    await expect(
      store.transaction((tx) => assignCase(tx, plan, first, { actor: specialist(99) })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(String(holder.assigned_to)),
    });
    const moved = await store.transaction((tx) =>
      transferCase(tx, plan, first, {
        toPartner: 'retirement-information-office',
        note: 'retiring',
        actor: specialist(1),
      }),
    );
    expect(moved.assignedTo).toBeNull();
  });
});
