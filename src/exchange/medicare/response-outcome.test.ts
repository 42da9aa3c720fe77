import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceptionDetail, maskMedicareNumber, responseOutcome, type AskedAbout } from './response-outcome.ts';

const asked: AskedAbout = {
  sentLastName: "O'BRIEN-NUNEZ",
  sentFirstName: 'JOSE',
  sentBirthDate: '1955-04-10',
  lastName: "O'Brien-Núñez",
  firstName: 'José',
  birthDate: '1955-04-10',
};

describe('5 CFR 890.1612 what a response line means for the person asked about', () => {
  it('the agency verdict first: N no match, A name, B birth date', () => {
    expect(responseOutcome('N', asked)).toBe('no_match');
    expect(responseOutcome('A', asked)).toBe('name_mismatch');
    expect(responseOutcome('B', asked)).toBe('birth_date_mismatch');
  });

  it('a match for the person as sent (accents as transliterated) is applied', () => {
    expect(responseOutcome('M', asked)).toBe('matched');
  });

  it('a name or birth date changed since the request, or a person gone, never goes onto the person', () => {
    expect(responseOutcome('M', { ...asked, lastName: 'Smith' })).toBe('changed_since_request');
    expect(responseOutcome('M', { ...asked, birthDate: '1955-04-11' })).toBe('changed_since_request');
    expect(responseOutcome('M', { ...asked, lastName: null, firstName: null, birthDate: null })).toBe(
      'changed_since_request',
    );
  });

  it('property: the exception detail never holds a whole name, birth date or Medicare number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{3,20}$/),
        fc.stringMatching(/^[0-9][A-Z0-9]{10}$/),
        (name, mbi) => {
          const detail = JSON.stringify(
            exceptionDetail('name_mismatch', { ...asked, sentLastName: name, lastName: name }, mbi),
          );
          expect(detail).not.toContain(name);
          expect(detail).not.toContain(mbi);
          expect(detail).not.toContain('1955-04-10');
          expect(maskMedicareNumber(mbi)).toBe(`*******${mbi.slice(-4)}`);
        },
      ),
    );
  });
});
