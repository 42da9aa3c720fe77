import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { authorizeAndAudit, listAudit, recordAccess, requireAccess } from './audit-log.ts';
import type { Principal } from './principal.ts';

for (const backend of testBackends()) {
  describe(`audit log on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('records who, what, when, why and the outcome, and lists newest first by cursor', async () => {
      await recordAccess(store, {
        subject: 'enrollee-1',
        role: 'enrollee',
        action: 'person.read',
        resourceKind: 'person',
        resourceId: '100',
        personId: 100,
        fields: ['ssn', 'birth_date'],
        purpose: 'self-service',
        outcome: 'allowed',
        requestId: 'req-1',
      });
      for (let i = 0; i < 4; i++)
        await recordAccess(store, {
          subject: 'carrier-1',
          role: 'carrier',
          action: 'enrollment.read',
          resourceKind: 'enrollment',
          personId: 200 + i,
          purpose: 'carrier enrollment reconciliation',
          outcome: 'allowed',
        });
      const first = await listAudit(store, { limit: 3 });
      expect(first.entries.map((e) => e.personId)).toEqual([203, 202, 201]);
      expect(first.nextCursor).not.toBeNull();
      const second = await listAudit(store, { limit: 3 }, first.nextCursor);
      expect(second.entries.map((e) => e.personId)).toEqual([200, 100]);
      expect(second.nextCursor).toBeNull();
      const [entry] = (await listAudit(store, { personId: 100 })).entries;
      expect(entry).toMatchObject({
        subject: 'enrollee-1',
        role: 'enrollee',
        action: 'person.read',
        resourceKind: 'person',
        resourceId: '100',
        fields: ['ssn', 'birth_date'],
        purpose: 'self-service',
        outcome: 'allowed',
        requestId: 'req-1',
      });
      expect(entry!.occurredAt).toBeInstanceOf(Date);
      await expect(listAudit(store, {}, 'bogus')).rejects.toThrow(/cursor/);
    });

    it('audits refusals: a carrier asking for another carrier’s enrollee, an enrollee for a stranger', async () => {
      const carrier: Principal = { subject: 'carrier-ab', role: 'carrier', carrierCodes: ['AB'] };
      const enrollee: Principal = { subject: 'enrollee-100', role: 'enrollee', personId: 100 };
      const decision = await authorizeAndAudit(
        store,
        carrier,
        'person.read',
        { kind: 'person', personId: 900, householdId: 900, carrierCodes: ['CD'] },
        { purpose: 'carrier enrollment reconciliation', fields: ['ssn'], requestId: 'req-c' },
      );
      expect(decision.allowed).toBe(false);
      await expect(
        requireAccess(
          store,
          enrollee,
          'person.read',
          { kind: 'person', personId: 901, householdId: 901 },
          { purpose: 'self-service', requestId: 'req-e' },
        ),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const refused = await listAudit(store, { outcome: 'refused' });
      expect(refused.entries.map((e) => [e.subject, e.personId, e.requestId])).toEqual([
        ['enrollee-100', 901, 'req-e'],
        ['carrier-ab', 900, 'req-c'],
      ]);
      expect(refused.entries[1]!.reason).toBe("not enrolled in this carrier's plans");
    });

    it('rejects UPDATE, DELETE and TRUNCATE', async () => {
      await expect(sql`update audit_log set purpose = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
      await expect(sql`truncate audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
      expect((await listAudit(store, { limit: 1000 })).entries.length).toBe(7);
    });
  });
}
