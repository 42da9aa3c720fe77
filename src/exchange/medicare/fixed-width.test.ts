import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICARE_REQUEST_LAYOUT } from '../../domain/medicare-exchange-layout.js';
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
