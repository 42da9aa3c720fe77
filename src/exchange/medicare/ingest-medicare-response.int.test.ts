// The Medicare entitlement exchange over storage (PGlite, and PostgreSQL when TEST_DATABASE_URL is set):
// a request names the people whose Part B standing matters; responses written here line by line (as an
// agency would) are ingested: a match sets the person's facts with provenance, no match and mismatches go
// to the exception queue, Part B newly missing opens the 890.1608(b) review with its notice and 31-day
// extension, Part B confirmed resolves it; the same file twice, a bad line and two runs at once change
// nothing more than once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { seedPopulation } from '../../../test-support/seed-population.ts';
import { addDays } from '../../domain/dates.ts';
import { programClock } from '../../domain/program-clock.ts';
import { MEDICARE_RESPONSE_LAYOUT } from '../../domain/medicare-exchange-layout.ts';
import type { AgencyPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import { fieldKeyringFor } from '../../security/ssn-at-rest.ts';
import { listExceptions } from '../../storage/exchange/exchange-exceptions.ts';
import { pendingActions } from '../../storage/exchange/medicare-pending-actions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { findPartner } from '../partners/partner-lookup.ts';
import { loadShippedPartners } from '../partners/shipped-partners.ts';
import { writeRecord } from './fixed-width.ts';
import { ingestMedicareResponse } from './ingest-medicare-response.ts';
import { decideRemovalReview } from './decide-removal-review.ts';
import { writeMedicareRequest } from './write-medicare-request.ts';

const cms = findPartner(loadShippedPartners(), 'CMS')!.partner as AgencyPartner;
const DAY = '2026-12-05';
const NOW = new Date('2026-12-05T14:00:00Z');

interface Line {
  requestId: string;
  matchCode: string;
  partAStart?: string;
  partBStart?: string;
  partBEnd?: string;
}

/** A response as an agency writes it: header, the detail lines, trailer. */
function responseText(lines: readonly Line[], sender = 'CMS'): string {
  const layout = MEDICARE_RESPONSE_LAYOUT;
  const header = writeRecord(
    layout.header,
    { fileId: 'R1', createdOn: '20261205', sender, receiver: 'OPM' },
    1,
  );
  const details = lines.map((l, i) => writeRecord(layout.detail, { mbi: '', ...l }, i + 2));
  const trailer = writeRecord(layout.trailer, { recordCount: String(lines.length) }, lines.length + 2);
  return [header, ...details, trailer].join('\n') + '\n';
}

for (const backend of testBackends()) {
  describe(`Medicare entitlement verification on ${backend.name}`, () => {
    let store: Store;
    let folder: string;
    let seq = 0;
    const file = (text: string) => {
      const path = join(folder, `response-${++seq}.txt`);
      writeFileSync(path, text);
      return path;
    };
    const ingest = (path: string) =>
      ingestMedicareResponse(store, { path, fileName: 'response.txt', receivedOn: DAY, now: NOW });
    const request = (name: string) =>
      writeMedicareRequest(store, {
        partner: cms,
        asOf: DAY,
        out: join(folder, name),
        now: NOW,
        keyring: fieldKeyringFor(store),
      });
    const count = async (table: 'medicare_fact_event' | 'exchange_file' | 'exchange_exception') =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const requestIdOf = async (personId: number) =>
      (
        await store.db
          .selectFrom('medicare_request')
          .select('request_id')
          .where('person_id', '=', personId)
          .orderBy('request_id', 'desc')
          .executeTakeFirstOrThrow()
      ).request_id;
    /** Postal annuitants in Part A and open-ended Part B, alone in their household, as the rules see them. */
    let annuitants: { id: number; partAStart: string }[];

    beforeAll(async () => {
      store = await backend.open();
      await seedPopulation(store, { people: 800, seed: 21 });
      folder = mkdtempSync(join(tmpdir(), 'pshb-medicare-'));
      const rows = await store.db
        .selectFrom('person as p')
        .select(['p.id', 'p.medicare_part_a_start'])
        .where('p.relationship', '=', 'self')
        .where('p.category', '=', 'annuitant')
        .where('p.last_employing_agency', '=', 'postal_service')
        .where('p.medicare_part_a_basis', '=', 'premium_free')
        .where('p.medicare_part_a_start', 'is not', null)
        .where('p.medicare_part_b_start', 'is not', null)
        .where('p.medicare_part_b_end', 'is', null)
        .where('p.medicare_part_b_periods', 'is', null)
        .where('p.suspended_for_medicare_plan', '=', false)
        .where('p.informed_of_part_b_requirement', '=', true)
        // Both parts before the program began: not excepted under 890.1604(d)(1)(i).
        .where('p.medicare_part_a_start', '<', '2024-12-01')
        .where('p.medicare_part_b_start', '<', '2024-12-01')
        .where('p.residence_country', '=', 'US')
        .where('p.va_enrolled', '=', false)
        .where('p.ihs_eligible', '=', false)
        .where('p.employed_on_program_start', '=', false)
        .orderBy('p.id')
        .limit(8)
        .execute();
      annuitants = rows.map((r) => ({
        id: Number(r.id),
        partAStart: String(r.medicare_part_a_start).slice(0, 10),
      }));
    }, 180_000);
    afterAll(async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('890.1612: the request names the people whose Part B standing matters, each with a request id, recorded with its SHA-256', async () => {
      const result = await request('request-1.txt');
      expect(result.people).toBeGreaterThan(0);
      const lines = readFileSync(result.out, 'utf8').split('\n').slice(0, -1);
      expect(lines).toHaveLength(result.people + 2);
      expect(lines.every((l) => l.length === 120)).toBe(true);
      expect(lines.at(-1)).toMatch(new RegExp(`^T0*${result.people} `));
      const file = await store.db
        .selectFrom('exchange_file')
        .selectAll()
        .where('id', '=', result.fileId)
        .executeTakeFirstOrThrow();
      expect(file).toMatchObject({ kind: 'medicare_request', sha256: result.sha256, partner: 'CMS' });
      const requested = await store.db
        .selectFrom('medicare_request')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('file_id', '=', result.fileId)
        .executeTakeFirstOrThrow();
      expect(Number(requested.n)).toBe(result.people);
      // No whole SSN or Medicare number leaves the file into the request rows.
      const stored = JSON.stringify(
        await store.db.selectFrom('medicare_request').selectAll().limit(50).execute(),
      );
      expect(stored.replace(/CMS\d+/g, '')).not.toMatch(/\d{9}/);
      expect(annuitants.length).toBe(8);
    });

    it('890.1608(b): Part B newly missing opens the removal review with its notice and 31-day extension; no match and mismatches go to the exception queue, never onto the person', async () => {
      const [lapsed, unmatched, otherBirth] = annuitants;
      const path = file(
        responseText([
          // Part B ended in 2025: in both parts when the program began, so not excepted (890.1604(d)(1)(i)).
          {
            requestId: await requestIdOf(lapsed!.id),
            matchCode: 'M',
            partAStart: lapsed!.partAStart.replaceAll('-', ''),
            partBStart: lapsed!.partAStart.replaceAll('-', ''),
            partBEnd: '20250630',
          },
          { requestId: await requestIdOf(unmatched!.id), matchCode: 'N' },
          { requestId: await requestIdOf(otherBirth!.id), matchCode: 'B' },
        ]),
      );
      const before = await store.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', otherBirth!.id)
        .executeTakeFirstOrThrow();
      const result = await ingest(path);
      expect(result).toMatchObject({
        duplicate: false,
        lines: 3,
        applied: 1,
        noMatch: 1,
        mismatches: 1,
        exceptionsOpened: 2,
        removalReviewsOpened: 1,
      });

      const facts = await store.db
        .selectFrom('medicare_fact_event')
        .selectAll()
        .where('person_id', '=', lapsed!.id)
        .execute();
      expect(facts).toEqual([
        expect.objectContaining({
          partner: 'CMS',
          file_id: result.fileId,
          line_number: 2,
          outcome: 'matched',
          applied: true,
        }),
      ]);
      const person = await store.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', lapsed!.id)
        .executeTakeFirstOrThrow();
      expect(String(person.medicare_part_b_end).slice(0, 10)).toBe('2025-07-01');

      const [review] = await pendingActions(executorOf(store), { personId: lapsed!.id, limit: 5 });
      expect(review).toMatchObject({ kind: 'part_b_removal_review', resolved_on: null });
      expect(review!.citation).toMatch(/^5 CFR 890\.1608\(b\)/);
      const effective = String(review!.removal_effective_on).slice(0, 10);
      expect(String(review!.temporary_extension_ends).slice(0, 10)).toBe(addDays(effective, 31));
      expect(review!.notice).toMatch(/890\.1608\(b\)/);
      expect(review!.notice).toMatch(/reconsider/);

      const untouched = await store.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', otherBirth!.id)
        .executeTakeFirstOrThrow();
      expect(untouched.medicare_part_b_start).toEqual(before.medicare_part_b_start);
      const queue = await listExceptions(executorOf(store), { limit: 50 });
      const kinds = queue
        .filter((e) => e.file_id === result.fileId)
        .map((e) => [e.kind, Number(e.person_id)]);
      expect(kinds).toEqual(
        expect.arrayContaining([
          ['medicare_no_match', unmatched!.id],
          ['medicare_mismatch', otherBirth!.id],
        ]),
      );
      expect(JSON.stringify(queue).replace(/CMS\d+/g, '')).not.toMatch(/\d{9}|[0-9][A-Z0-9]{10}/);
    });

    it('the same file twice is recognised and changes nothing', async () => {
      const path = file(responseText([{ requestId: await requestIdOf(annuitants[3]!.id), matchCode: 'N' }]));
      const first = await ingest(path);
      const counts = [
        await count('medicare_fact_event'),
        await count('exchange_file'),
        await count('exchange_exception'),
      ];
      const second = await ingest(path);
      expect(first.duplicate).toBe(false);
      expect(second).toMatchObject({ duplicate: true, fileId: first.fileId, applied: 0 });
      expect([
        await count('medicare_fact_event'),
        await count('exchange_file'),
        await count('exchange_exception'),
      ]).toEqual(counts);
    });

    it('890.1604(a): Part B confirmed by a later answer resolves the open review', async () => {
      const lapsed = annuitants[0]!;
      await request('request-2.txt');
      const result = await ingest(
        file(
          responseText([
            {
              requestId: await requestIdOf(lapsed.id),
              matchCode: 'M',
              partAStart: lapsed.partAStart.replaceAll('-', ''),
              partBStart: '20261201',
            },
          ]),
        ),
      );
      expect(result).toMatchObject({ applied: 1, partBConfirmed: 1, reviewsResolved: 1 });
      const [review] = await pendingActions(executorOf(store), { personId: lapsed.id, limit: 5 });
      expect(review).toMatchObject({ resolution: 'part_b_confirmed' });
      expect(String(review!.resolved_on).slice(0, 10)).toBe(DAY);
    });

    it('a malformed line is named by line, column and field, and changes nothing', async () => {
      const good = responseText([
        { requestId: await requestIdOf(annuitants[4]!.id), matchCode: 'M', partAStart: '20200101' },
        {
          requestId: await requestIdOf(annuitants[5]!.id),
          matchCode: 'M',
          partAStart: '20200101',
          partBStart: '20200101',
        },
      ]);
      const lines = good.split('\n');
      lines[2] = lines[2]!.slice(0, 49) + '20250231' + lines[2]!.slice(57);
      const counts = [await count('medicare_fact_event'), await count('exchange_file')];
      const error = await ingest(file(lines.join('\n'))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PshbError);
      expect((error as PshbError).code).toBe('INVALID_FILE');
      expect((error as PshbError).details[0]).toMatchObject({ line: 3, field: 'column 50, partBStart' });
      expect([await count('medicare_fact_event'), await count('exchange_file')]).toEqual(counts);

      const unknown = await ingest(
        file(responseText([{ requestId: 'CMS9999999ZZZ', matchCode: 'N' }])),
      ).catch((e: unknown) => e);
      expect((unknown as PshbError).details[0]).toMatchObject({ line: 2, field: 'column 2, requestId' });
      expect([await count('medicare_fact_event'), await count('exchange_file')]).toEqual(counts);
    });

    it('a run that fails midway leaves nothing; the run again applies the file once', async () => {
      const path = file(
        responseText([
          { requestId: await requestIdOf(annuitants[5]!.id), matchCode: 'N' },
          { requestId: await requestIdOf(annuitants[3]!.id), matchCode: 'N' },
        ]),
      );
      const counts = [await count('medicare_fact_event'), await count('exchange_file')];
      const crash = await ingestMedicareResponse(store, {
        path,
        fileName: 'response.txt',
        receivedOn: DAY,
        now: NOW,
        batchSize: 1,
        onProgress: () => {
          throw new Error('the process stopped');
        },
      }).catch((e: unknown) => e);
      expect((crash as Error).message).toBe('the process stopped');
      expect([await count('medicare_fact_event'), await count('exchange_file')]).toEqual(counts);
      const again = await ingest(path);
      expect(again).toMatchObject({ duplicate: false, lines: 2, noMatch: 2 });
      expect(await count('medicare_fact_event')).toBe(counts[0]! + 2);
    });

    it('two runs of the same file at once apply it once', async () => {
      const path = file(
        responseText([
          { requestId: await requestIdOf(annuitants[4]!.id), matchCode: 'M', partAStart: '20200101' },
        ]),
      );
      const events = await count('medicare_fact_event');
      const results = await Promise.all([ingest(path), ingest(path)]);
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(await count('medicare_fact_event')).toBe(events + 1);
    });

    it('890.1608(b)(1), 890.401(a): the office records the removal from the review, or 890.1608(b)(2) keeps the person', async () => {
      const [removed, kept] = [annuitants[6]!, annuitants[7]!];
      const lapse = async (a: { id: number; partAStart: string }) => ({
        requestId: await requestIdOf(a.id),
        matchCode: 'M',
        partAStart: a.partAStart.replaceAll('-', ''),
        partBStart: a.partAStart.replaceAll('-', ''),
        partBEnd: '20250630',
      });
      await ingest(file(responseText([await lapse(removed), await lapse(kept)])));
      const clock = programClock(DAY, () => NOW);
      const actor = { id: 'cli:office', role: 'program_administrator' as const };
      const [first] = await pendingActions(executorOf(store), { personId: removed.id, limit: 1 });
      const made = await decideRemovalReview(
        store,
        { reviewId: Number(first!.id), equityAndGoodConscience: false, reason: 'Part B ended (CMS)', actor },
        clock,
      );
      expect(made.outcome).toBe('removal_recorded');
      if (made.outcome === 'removal_recorded') {
        expect(made.transition.decision.to).toBe('in_temporary_extension');
        expect(made.transition.notice.notice).toMatch(/reconsider/);
      }
      const [second] = await pendingActions(executorOf(store), { personId: kept.id, limit: 1 });
      const keptMade = await decideRemovalReview(
        store,
        { reviewId: Number(second!.id), equityAndGoodConscience: true, reason: 'against equity', actor },
        clock,
      );
      expect(keptMade).toMatchObject({ outcome: 'kept' });
      expect(keptMade.outcome === 'kept' && keptMade.citations).toMatch(/890\.1608\(b\)\(2\)/);
      const [closed] = await pendingActions(executorOf(store), { personId: kept.id, limit: 1 });
      expect(closed!.resolution).toMatch(/^kept: /);
    });
  });
}
