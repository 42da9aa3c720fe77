import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test-support/databases.ts';
import type { Store } from '../storage/store.ts';
import { encryptField, fieldKeyId, fieldKeyring } from './field-encryption.ts';
import {
  encryptStoredMedicareNumbers,
  MEDICARE_NUMBER_FIELD,
  readPersonIdentifiers,
} from './medicare-number-at-rest.ts';
import { SSN_FIELD } from './ssn-at-rest.ts';

const oldKey = fieldKeyring(Buffer.alloc(32, 7));
const newKey = fieldKeyring(Buffer.alloc(32, 9), [Buffer.alloc(32, 7)]);
const MBI = '1EG4TE5MK73';

for (const backend of testBackends()) {
  describe(`Medicare numbers at rest on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      // Persons 1 to 4 have a Medicare number; person 5 has none and is left alone.
      for (let id = 1; id <= 5; id++)
        await store.transaction((tx) =>
          tx.query(
            `insert into person (id, household_id, relationship, category, first_name, last_name, birth_date, sex,
               ssn, medicare_number, medicare_number_last4)
             values ($1, $1, 'self', 'annuitant', 'Test', 'Person', '1950-01-01', 'F', $2, $3, $4)`,
            [
              id,
              encryptField(oldKey, `900-00-000${id}`, SSN_FIELD),
              id < 5 ? encryptField(oldKey, MBI, MEDICARE_NUMBER_FIELD) : null,
              id < 5 ? MBI.slice(-4) : null,
            ],
          ),
        );
    });
    afterAll(async () => {
      await store?.close();
    });

    it('re-encrypts stored Medicare numbers under a rotated key, in batches, and reads them back', async () => {
      expect(await encryptStoredMedicareNumbers(store, oldKey)).toBe(0);
      expect(await encryptStoredMedicareNumbers(store, newKey, { batchSize: 3 })).toBe(4);
      expect(await encryptStoredMedicareNumbers(store, newKey)).toBe(0);
      const stored = await store.db.selectFrom('person').select('medicare_number').orderBy('id').execute();
      expect(stored.map((r) => (r.medicare_number ? fieldKeyId(r.medicare_number) : null))).toEqual([
        ...Array(4).fill(newKey.current.id),
        null,
      ]);
      expect(await readPersonIdentifiers(store, newKey, 2)).toEqual({
        ssn: '900-00-0002',
        medicareNumber: MBI,
      });
      expect(await readPersonIdentifiers(store, newKey, 5)).toEqual({
        ssn: '900-00-0005',
        medicareNumber: null,
      });
      await expect(readPersonIdentifiers(store, newKey, 99)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
