import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { fieldKeyId, fieldKeyring } from './field-encryption.ts';
import { encryptStoredSsns, readPersonSsn, readPersonSsnLastFour } from './ssn-at-rest.ts';

const oldKey = fieldKeyring(Buffer.alloc(32, 7));
const newKey = fieldKeyring(Buffer.alloc(32, 9), [Buffer.alloc(32, 7)]);

for (const backend of testBackends()) {
  describe(`SSNs at rest on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      for (let id = 1; id <= 5; id++)
        await store.transaction((tx) =>
          tx.query(
            `insert into person (id, household_id, relationship, category, first_name, last_name, birth_date, sex, ssn)
             values ($1, $1, 'self', 'annuitant', 'Test', 'Person', '1950-01-01', 'F', $2)`,
            [id, `900-00-000${id}`],
          ),
        );
    });
    afterAll(async () => {
      await store?.close();
    });

    it('encrypts clear SSNs stored before migration 0003, then re-encrypts them under a rotated key', async () => {
      expect(await encryptStoredSsns(store, oldKey, { batchSize: 2 })).toBe(5);
      expect(await encryptStoredSsns(store, oldKey)).toBe(0);
      const stored = await store.db.selectFrom('person').select('ssn').orderBy('id').execute();
      expect(stored.every((r) => fieldKeyId(r.ssn) === oldKey.current.id)).toBe(true);
      expect(await readPersonSsn(store, oldKey, 3)).toBe('900-00-0003');
      expect(await readPersonSsnLastFour(store, 3)).toBe('0003');

      expect(await encryptStoredSsns(store, newKey, { batchSize: 3 })).toBe(5);
      const rotated = await store.db.selectFrom('person').select('ssn').orderBy('id').execute();
      expect(rotated.every((r) => fieldKeyId(r.ssn) === newKey.current.id)).toBe(true);
      expect(await readPersonSsn(store, fieldKeyring(Buffer.alloc(32, 9)), 5)).toBe('900-00-0005');
    });
  });
}
