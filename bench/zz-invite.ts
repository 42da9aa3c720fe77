import { loadCxCatalogue } from '../src/exchange/cx/cx-catalogue.ts';
import { cxKeysOf } from '../src/exchange/cx/cx-keys.ts';
import { createInvitations } from '../src/exchange/cx/create-invitations.ts';
import { loadFieldKeyring } from '../src/security/field-encryption.ts';
import { openStore } from '../src/storage/store.ts';
const store = await openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/elig_probe', poolSize: 2 });
const catalogue = loadCxCatalogue();
const keys = cxKeysOf(loadFieldKeyring({ dataDir: process.env.DATA_DIR ?? 'data' }));
import { sql } from 'kysely';
for (let it = 0; it < Number(process.env.ZZ_IT ?? 6); it++) {
await sql`delete from cx_invitation`.execute(store.db); await sql`delete from cx_invitation_watermark`.execute(store.db); await sql`delete from cx_served_count`.execute(store.db);
const cpu = process.cpuUsage(); const t0 = performance.now();
const run = await createInvitations(store, { catalogue, keys, now: new Date(), lagMs: 0, since: new Date('2000-01-01'), batchSize: Number(process.env.ZZ_BATCH ?? 1000) });
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ invited: run.invited, scanned: run.scanned, ms: Math.round(performance.now() - t0), cpuMs: Math.round((used.user + used.system) / 1000), perInvitationUs: Math.round((used.user + used.system) / Math.max(1, run.scanned)) }));
}
await store.close();
