// The Medicare Beneficiary Identifier (MBI) of people with Medicare, kept like the SSN: the column holds
// 'v1:...' AES-256-GCM ciphertext under the data key (src/security/field-encryption.ts, with
// 'person.medicare_number' as additional data), and its last four characters stay in clear for masked
// display and for matching a caller to a record without decrypting. Both are null for people without
// Medicare or whose roster did not carry the number.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table person add column medicare_number text`.execute(db);
  await sql`alter table person add column medicare_number_last4 text`.execute(db);
}
