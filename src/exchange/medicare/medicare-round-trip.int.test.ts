// The Medicare exchange's round trip on the synthetic population (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set): a request, the simulated agency's response to it, the ingest; then the
// same response again, and a copy with one malformed line. Through the operations on every backend,
// and through `pshb medicare request|respond|ingest` on a PGlite folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { pshb } from '../../../test-support/run-pshb.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import type { AgencyPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import { fieldKeyringFor } from '../../security/ssn-at-rest.ts';
import { dayOf } from '../../storage/raw-query.ts';
import type { Store } from '../../storage/store.ts';
import { collectInbound } from '../delivery/collect-inbound.ts';
import { transportContextFor } from '../delivery/delivery-partners.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { ingestMedicareResponse } from './ingest-medicare-response.ts';
import { simulateMedicareResponse } from './simulate-medicare-response.ts';
import { writeMedicareRequest } from './write-medicare-request.ts';

const cms = findPartner(loadShippedPartners(), 'CMS')!.partner as AgencyPartner;
const DAY = '2026-12-05';
const NOW = new Date('2026-12-05T14:00:00Z');

/** The response with one detail line's match code column (22) made invalid. */
function withBadMatchCode(text: string): { text: string; line: number } {
  const lines = text.split('\n');
  lines[2] = lines[2]!.slice(0, 21) + 'Z' + lines[2]!.slice(22);
  return { text: lines.join('\n'), line: 3 };
}

for (const backend of testBackends()) {
  describe(`Medicare round trip on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    const count = async (
      table: 'medicare_fact_event' | 'exchange_file' | 'exchange_exception' | 'medicare_request',
    ) =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const counts = async () =>
      Promise.all([count('medicare_fact_event'), count('exchange_file'), count('exchange_exception')]);
    const ingest = (path: string) =>
      ingestMedicareResponse(store, { path, fileName: 'response.txt', receivedOn: DAY, now: NOW });

    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 600, seed: 5 });
      folder = mkdtempSync(join(tmpdir(), 'pshb-medicare-trip-'));
    }, 180_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('890.1612: request -> simulated response -> ingest sets facts with provenance and queues exceptions', async () => {
      const request = await writeMedicareRequest(store, {
        partner: cms,
        asOf: DAY,
        out: join(folder, 'request.txt'),
        now: NOW,
        keyring: fieldKeyringFor(store),
      });
      expect(request.people).toBeGreaterThan(20);
      const response = await simulateMedicareResponse(store, {
        request: request.out,
        out: join(folder, 'response.txt'),
        seed: 3,
        now: NOW,
      });
      expect(response.answered).toBe(request.people);
      const before = await count('exchange_exception');
      const result = await ingest(response.out);
      expect(result.duplicate).toBe(false);
      expect(result.lines).toBe(request.people);
      expect(await count('medicare_fact_event')).toBe(request.people);
      expect(result.noMatch).toBe(response.byMatchCode.N);
      expect(result.mismatches).toBe(response.byMatchCode.A + response.byMatchCode.B);
      expect(result.applied).toBe(response.byMatchCode.M);
      expect((await count('exchange_exception')) - before).toBe(result.noMatch + result.mismatches);
      // Every fact event names its response file and the day received.
      const events = await store.db.selectFrom('medicare_fact_event').selectAll().execute();
      expect(new Set(events.map((e) => Number(e.file_id)))).toEqual(new Set([result.fileId]));
      expect(events.every((e) => dayOf(e.received_on as string | Date) === DAY)).toBe(true);
      // Exception details are masked: no whole name, birth date or identifier.
      const details = await store.db.selectFrom('exchange_exception').select('detail').execute();
      const shown = JSON.stringify(details).replace(/"requestId":"[A-Z0-9]+"/g, '');
      expect(shown).not.toMatch(/\d{9}|\d{4}-\d{2}-\d{2}/);
    }, 120_000);

    it('the same response twice changes nothing', async () => {
      const before = await counts();
      const again = await ingest(join(folder, 'response.txt'));
      expect(again.duplicate).toBe(true);
      expect(await counts()).toEqual(before);
    });

    it('a malformed line is named by line and column and changes nothing', async () => {
      const bad = withBadMatchCode(readFileSync(join(folder, 'response.txt'), 'utf8'));
      const path = join(folder, 'bad.txt');
      writeFileSync(path, bad.text);
      const before = await counts();
      const error = await ingest(path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PshbError);
      expect((error as PshbError).code).toBe('INVALID_FILE');
      expect((error as PshbError).details[0]).toMatchObject({ line: bad.line });
      expect((error as PshbError).details[0]!.field).toMatch(/column 22/);
      expect(await counts()).toEqual(before);
    });

    it("collects the agency's response from its inbox and ingests it once; a malformed one is refused", async () => {
      const context = transportContextFor(join(folder, 'data'));
      const request = await writeMedicareRequest(store, {
        partner: cms,
        asOf: DAY,
        out: join(folder, 'second-request.txt'),
        now: NOW,
        keyring: fieldKeyringFor(store),
      });
      const inbox = context.folders.inbox('CMS');
      mkdirSync(inbox, { recursive: true });
      await simulateMedicareResponse(store, {
        request: request.out,
        out: join(inbox, 'CMS-response.txt'),
        seed: 4,
        now: NOW,
      });
      const bad = withBadMatchCode(readFileSync(join(folder, 'response.txt'), 'utf8'));
      writeFileSync(join(inbox, 'CMS-bad.txt'), bad.text);
      const collect = () => collectInbound(store, { partners: [cms], carriers: [], context, now: () => NOW });

      const first = await collect();
      const byName = new Map(first.collected.map((c) => [c.fileName, c]));
      expect(byName.get('CMS-response.txt')).toMatchObject({ outcome: 'medicare_response' });
      const fileId = byName.get('CMS-response.txt')!.exchangeFileId!;
      const file = await store.db
        .selectFrom('exchange_file')
        .select(['kind', 'direction'])
        .where('id', '=', fileId)
        .executeTakeFirstOrThrow();
      expect(file).toEqual({ kind: 'medicare_response', direction: 'inbound' });
      const answered = await store.db
        .selectFrom('medicare_fact_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('file_id', '=', fileId)
        .executeTakeFirstOrThrow();
      expect(Number(answered.n)).toBeGreaterThan(0);
      expect(byName.get('CMS-bad.txt')).toMatchObject({ outcome: 'refused', exchangeFileId: null });
      expect(byName.get('CMS-bad.txt')!.reason).toMatch(/line|column/i);

      const before = await counts();
      const again = await collect();
      expect(again).toEqual({ collected: [], alreadyCollected: 2 });
      expect(await counts()).toEqual(before);
    }, 120_000);
  });
}

describe('pshb medicare request | respond | ingest', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'pshb-medicare-cli-'));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('runs the round trip from the command line, the second ingest changing nothing', async () => {
    expect((await pshb(data, 'seed', '--people', '300')).code).toBe(0);
    const out = join(data, 'request.txt');
    const request = await pshb(data, 'medicare', 'request', '--agency', 'CMS', '--out', out, '--json');
    expect(request.stderr).toBe('');
    expect(request.code).toBe(0);
    expect(JSON.parse(request.stdout)).toMatchObject({ partner: 'CMS' });
    const response = join(data, 'response.txt');
    const respond = await pshb(data, 'medicare', 'respond', out, '--out', response, '--seed', '2');
    expect(respond.code).toBe(0);
    expect(respond.stdout).toMatch(/^SIMULATED CMS response/);
    const first = await pshb(data, 'medicare', 'ingest', response, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ duplicate: false });
    const second = await pshb(data, 'medicare', 'ingest', response);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Already read/);
    const reviews = await pshb(data, 'medicare', 'reviews', '--json');
    expect(reviews.code).toBe(0);
    expect(Array.isArray(JSON.parse(reviews.stdout))).toBe(true);
    const bad = join(data, 'bad.txt');
    writeFileSync(bad, withBadMatchCode(readFileSync(response, 'utf8')).text);
    const refused = await pshb(data, 'medicare', 'ingest', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/line 3, column 22/);
  }, 180_000);
});
