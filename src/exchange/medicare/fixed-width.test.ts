import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICARE_REQUEST_LAYOUT, MEDICARE_RESPONSE_LAYOUT } from '../../domain/medicare-exchange-layout.js';
import { FixedWidthError, readRecord, writeRecord } from './fixed-width.js';

const detail = MEDICARE_REQUEST_LAYOUT.detail;
const base = {
  requestId: 'R1',
  idType: 'M',
  identifier: '1EG4TE5MK73',
  birthDate: '19580301',
  sex: 'F',
};

describe('Medicare request detail record', () => {
  it('round-trips odd names: apostrophes, hyphens, accents transliterated to ASCII', () => {
    const line = writeRecord(detail, { ...base, lastName: "O'Brien-Núñez", firstName: 'José' }, 2);
    expect(readRecord(detail, line, 2)).toMatchObject({ lastName: "O'BRIEN-NUNEZ", firstName: 'JOSE' });
  });
  it('refuses a name that cannot be transliterated, naming line and field', () => {
    expect(() => writeRecord(detail, { ...base, lastName: '李', firstName: 'A' }, 7)).toThrow(
      /line 7, field lastName/,
    );
  });
  it('refuses a short line naming the line', () => {
    expect(() => readRecord(detail, 'D', 3)).toThrow(FixedWidthError);
  });
  it('property: any ASCII name of letters, apostrophes and hyphens round-trips', () => {
    const name = fc.stringMatching(/^[A-Z][A-Z'-]{0,20}$/);
    fc.assert(
      fc.property(name, name, (lastName, firstName) => {
        const values = readRecord(detail, writeRecord(detail, { ...base, lastName, firstName }, 1), 1);
        expect(values.lastName).toBe(lastName);
        expect(values.firstName).toBe(firstName);
      }),
    );
  });
});

describe('Medicare response detail record', () => {
  const response = MEDICARE_RESPONSE_LAYOUT.detail;
  const date = fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
  const optionalDate = fc.option(date, { nil: '' });

  it('property: any response line round-trips field for field', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z0-9]{1,20}$/),
        fc.constantFrom('M', 'N', 'A', 'B'),
        fc.stringMatching(/^([0-9][A-Z0-9]{10})?$/),
        optionalDate,
        optionalDate,
        optionalDate,
        optionalDate,
        (requestId, matchCode, mbi, partAStart, partAEnd, partBStart, partBEnd) => {
          const values = { requestId, matchCode, mbi, partAStart, partAEnd, partBStart, partBEnd };
          const line = writeRecord(response, values, 2);
          expect(line).toHaveLength(120);
          expect(readRecord(response, line, 2)).toEqual({ recordType: 'D', ...values });
        },
      ),
    );
  });

  it('refuses a date that is not a real day, naming line, column and field', () => {
    const line = writeRecord(response, { requestId: 'R1', matchCode: 'M' }, 5);
    const bad = line.slice(0, 49) + '20250231' + line.slice(57);
    expect(() => readRecord(response, bad, 5)).toThrow(/line 5, field partBStart \(column 50\)/);
  });
});
