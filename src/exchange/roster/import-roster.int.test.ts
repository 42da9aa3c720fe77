import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test-support/databases.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../../reference-data.ts';
import { readPersonIdentifiers } from '../../security/medicare-number-at-rest.ts';
import { fieldKeyringFor, readPersonSsn, readPersonSsnLastFour } from '../../security/ssn-at-rest.ts';
import type { Store } from '../../storage/store.ts';
import { writeRoster } from '../population/write-roster.ts';
import { PshbError } from '../../errors.ts';
import { csvField } from '../../storage/csv-text.ts';
import { importRoster, RosterValidationError, type ImportRosterOptions } from './import-roster.ts';
import { COLUMN as C, ROSTER_HEADER } from './roster-columns.ts';

const catalogue = loadShippedCatalogue();
const calendar = loadProgramCalendar();
const folder = mkdtempSync(join(tmpdir(), 'pshb-roster-'));
const options: ImportRosterOptions = {
  catalogue,
  openSeasonId: 'TOS-2024',
  heldOn: calendar.fehbPostalCoverageEnds,
};

/** A copy of the roster with some fields of some data lines (1-based file lines) changed. */
function withChanges(
  source: string,
  target: string,
  changes: [line: number, column: number, value: string][],
): void {
  const lines = readFileSync(source, 'utf8').split('\n');
  for (const [line, column, value] of changes) {
    const fields = lines[line - 1]!.split(',');
    fields[column] = value;
    lines[line - 1] = fields.join(',');
  }
  writeFileSync(target, lines.join('\n'));
}

describe.each(testBackends())('importRoster on $name', (backend) => {
  let store: Store;
  const good = join(folder, `good-${backend.name}.csv`);
  const count = async (
    table: 'person' | 'fehb_enrollment' | 'open_season_election' | 'evidence',
    notNull?: 'medicare_number',
  ) => {
    let query = store.db.selectFrom(table).select(store.db.fn.countAll().as('n'));
    if (notNull) query = query.where(notNull, 'is not', null);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  beforeAll(async () => {
    store = await backend.open();
    await writeRoster(good, { people: 3000, seed: 11, catalogue, calendar });
  });
  afterAll(() => store.close());

  it('reports every bad line and field, counts them all, and stores nothing', async () => {
    const bad = join(folder, `bad-${backend.name}.csv`);
    withChanges(good, bad, [
      [2, C.birth_date, '1960-02-30'],
      [2, C.sex, 'Q'],
      [3, C.fehb_enrollment_code, '999'],
      [4, C.election_kind, 'enroll'],
      [4, C.election_enrollment_code, 'ZZZ'],
      [4, C.election_made_on, '2024-12-01'],
      [5, C.household_id, '999999'],
      [6, C.person_id, '1'],
      [7, C.va_enrolled, 'yes'],
    ]);
    const error = await importRoster(store, bad, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterValidationError);
    const { errors, errorCount } = error as RosterValidationError;
    const found = errors.map((e) => `${e.line} ${e.field}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '2 birth_date',
        '2 sex',
        '3 fehb_enrollment_code',
        '4 election_enrollment_code',
        '5 household_id',
        '6 person_id',
        '7 va_enrolled',
      ]),
    );
    expect(errorCount).toBeGreaterThanOrEqual(7);
    expect(await count('person')).toBe(0);
  });

  it('reports a malformed Medicare number, and one given to a person without Medicare, by line and field', async () => {
    const rows = readFileSync(good, 'utf8').split('\n');
    const withMbi = rows.findIndex((r, i) => i > 0 && r.split(',')[C.medicare_number] !== '') + 1;
    const withoutMedicare =
      rows.findIndex((r, i) => {
        const f = r.split(',');
        return i > 0 && f[C.medicare_part_a_start] === '' && f[C.medicare_part_b_start] === '';
      }) + 1;
    const bad = join(folder, `bad-mbi-${backend.name}.csv`);
    withChanges(good, bad, [
      [withMbi, C.medicare_number, '1EG4-TE5-MK73'],
      [withoutMedicare, C.medicare_number, '1EG4TE5MK73'],
    ]);
    const error = await importRoster(store, bad, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterValidationError);
    expect((error as RosterValidationError).errors).toEqual([
      ...[
        { line: withMbi, field: 'medicare_number', message: expect.stringMatching(/11 characters/) },
        {
          line: withoutMedicare,
          field: 'medicare_number',
          message: expect.stringMatching(/only given for a person with Medicare/),
        },
      ].sort((a, b) => a.line - b.line),
    ]);
    expect(await count('person')).toBe(0);
  });

  it('imports a roster without the medicare_number column, leaving the numbers empty', async () => {
    const legacy = join(folder, `legacy-${backend.name}.csv`);
    const lines = readFileSync(good, 'utf8').trimEnd().split('\n').slice(0, 51);
    writeFileSync(legacy, lines.map((line) => line.slice(0, line.lastIndexOf(','))).join('\n') + '\n');
    const other = await backend.open();
    try {
      expect((await importRoster(other, legacy, options)).people).toBe(50);
      const stored = await other.db
        .selectFrom('person')
        .select(['medicare_number', 'medicare_number_last4'])
        .where('medicare_number', 'is not', null)
        .execute();
      expect(stored).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('imports a good roster: people, FEHB enrollments decoded from the catalogue, elections, evidence', async () => {
    const text = readFileSync(good, 'utf8').trimEnd().split('\n').slice(1);
    const rows = text.map((line) => line.split(','));
    const result = await importRoster(store, good, options);
    expect(result.people).toBe(3000);
    expect(result.households).toBe(rows.filter((r) => r[C.relationship] === 'self').length);
    expect(await count('person')).toBe(3000);
    expect(await count('fehb_enrollment')).toBe(rows.filter((r) => r[C.fehb_enrollment_code] !== '').length);
    expect(await count('open_season_election')).toBe(rows.filter((r) => r[C.election_kind] !== '').length);
    expect(result.evidence).toBe(await count('evidence'));
    const standard = await store.db
      .selectFrom('fehb_enrollment')
      .selectAll()
      .where('enrollment_code', '=', '105')
      .executeTakeFirstOrThrow();
    expect(standard).toMatchObject({
      plan_code: '10',
      option_code: '2',
      enrollment_type: 'self_and_family',
      held_on: '2024-12-31',
    });
    const first = rows[0]!;
    const person = await store.db
      .selectFrom('person')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ household_id: 1, birth_date: first[C.birth_date] });
    // The SSN is stored encrypted, its last four digits in clear (src/security/ssn-at-rest.ts).
    expect(person.ssn).toMatch(/^v1:/);
    expect(await readPersonSsn(store, fieldKeyringFor(store), 1)).toBe(first[C.ssn]);
    expect(await readPersonSsnLastFour(store, 1)).toBe(first[C.ssn]!.slice(-4));
    // The Medicare number likewise, in the same pass (src/security/medicare-number-at-rest.ts).
    const holder = rows.find((r) => r[C.medicare_number] !== '')!;
    const holderId = Number(holder[C.person_id]);
    const stored = await store.db
      .selectFrom('person')
      .select(['medicare_number', 'medicare_number_last4'])
      .where('id', '=', holderId)
      .executeTakeFirstOrThrow();
    expect(stored.medicare_number).toMatch(/^v1:/);
    expect(stored.medicare_number_last4).toBe(holder[C.medicare_number]!.slice(-4));
    expect(await readPersonIdentifiers(store, fieldKeyringFor(store), holderId)).toEqual({
      ssn: holder[C.ssn],
      medicareNumber: holder[C.medicare_number],
    });
    expect(await count('person', 'medicare_number')).toBe(
      rows.filter((r) => r[C.medicare_number] !== '').length,
    );
  });

  it('refuses people already stored, naming the line, and changes nothing', async () => {
    const error = await importRoster(store, good, { ...options, errorLimit: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterValidationError);
    const { errors, errorCount } = error as RosterValidationError;
    expect(errors[0]).toEqual({ line: 2, field: 'person_id', message: 'person 1 is already stored' });
    expect(errors).toHaveLength(3);
    expect(errorCount).toBe(3000);
    expect(await count('person')).toBe(3000);
  });

  describe('bad files (issue 10 item 15)', () => {
    const TABLES = ['person', 'fehb_enrollment', 'open_season_election', 'evidence'] as const;
    const counts = async () => Promise.all(TABLES.map((table) => count(table)));
    let nextId = 900_000;

    /** A roster of one single-person household with a new id, the first name given, as bytes. */
    function singleHousehold(firstName: string | Buffer): Buffer {
      const rows = readFileSync(good, 'utf8').trimEnd().split('\n').slice(1);
      const index = rows.findIndex((row, i) => {
        const f = row.split(',');
        const next = rows[i + 1]?.split(',')[C.relationship];
        return f[C.relationship] === 'self' && next === 'self' && f[C.fehb_covered_person_id] === '';
      });
      const fields = rows[index]!.split(',');
      fields[C.person_id] = fields[C.household_id] = String(nextId++);
      const name = typeof firstName === 'string' ? Buffer.from(csvField(firstName)) : firstName;
      const before = fields.slice(0, C.first_name).join(',') + ',';
      const after = ',' + fields.slice(C.first_name + 1).join(',') + '\n';
      return Buffer.concat([Buffer.from(`${ROSTER_HEADER}\n${before}`), name, Buffer.from(after)]);
    }

    async function refusalOf(bytes: Buffer | null, name: string): Promise<RosterValidationError> {
      const path = join(folder, `${name}-${backend.name}.csv`);
      if (bytes) writeFileSync(path, bytes);
      const error = await importRoster(store, path, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RosterValidationError);
      return error as RosterValidationError;
    }

    it('issue 10 item 15: a NUL, Latin-1 text or a 10 MB first name is refused by line and field, and no table changes', async () => {
      const before = await counts();
      for (const [name, firstName] of [
        ['nul', 'Ann\u0000e'],
        ['latin1', Buffer.from('Mu\xf1oz', 'latin1')],
        ['escape', 'Ann\u001b[31m'],
        ['huge', 'A'.repeat(10 << 20)],
        ['long', 'A'.repeat(101)],
      ] as const) {
        const error = await refusalOf(singleHousehold(firstName), name);
        expect(error.errors.map((e) => `${e.line} ${e.field}`)).toEqual(['2 first_name']);
        expect(error.code).toBe('INVALID_FILE');
      }
      expect(await counts()).toEqual(before);
    });

    it('issue 10 item 15: a folder as the file is named as one and changes nothing', async () => {
      const before = await counts();
      const error = await importRoster(store, folder, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PshbError);
      expect((error as PshbError).message).toBe(`${folder} is a directory, not a file`);
      expect(await counts()).toEqual(before);
    });

    it('issue 10 item 15: a byte-order mark before the header is accepted', async () => {
      const path = join(folder, `bom-${backend.name}.csv`);
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), singleHousehold('Zoë')]));
      expect((await importRoster(store, path, options)).people).toBe(1);
    });

    it('issue 10 item 15: any first name is either stored exactly as written or refused by line and field with no table changed', async () => {
      const names = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.string({ unit: 'grapheme', minLength: 95, maxLength: 105 }),
      );
      await fc.assert(
        fc.asyncProperty(names, async (firstName) => {
          const before = await counts();
          const bytes = singleHousehold(firstName);
          const id = nextId - 1;
          const path = join(folder, `property-${backend.name}.csv`);
          writeFileSync(path, bytes);
          const result = await importRoster(store, path, options).catch((e: unknown) => e);
          if (result instanceof RosterValidationError) {
            expect(result.errors.map((e) => `${e.line} ${e.field}`)).toEqual(['2 first_name']);
            expect(await counts()).toEqual(before);
            return;
          }
          expect(result).toMatchObject({ people: 1 });
          const stored = await store.db
            .selectFrom('person')
            .select('first_name')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          expect(stored.first_name).toBe(firstName);
        }),
        { numRuns: 15 },
      );
    });

    it('issue 10 item 15: on an empty database a bad row after good ones is refused and nothing is loaded', async () => {
      const empty = await backend.open();
      try {
        const path = join(folder, `late-nul-${backend.name}.csv`);
        const lines = readFileSync(good, 'utf8').trimEnd().split('\n');
        const last = lines.length - 1;
        const fields = lines[last]!.split(',');
        fields[C.last_name] = 'Smith\u0000';
        lines[last] = fields.join(',');
        writeFileSync(path, lines.join('\n') + '\n');
        const error = await importRoster(empty, path, options).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RosterValidationError);
        expect((error as RosterValidationError).errors).toEqual([
          expect.objectContaining({ line: last + 1, field: 'last_name' }),
        ]);
        const people = await empty.db
          .selectFrom('person')
          .select(empty.db.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(people.n)).toBe(0);
      } finally {
        await empty.close();
      }
    });
  });
});
