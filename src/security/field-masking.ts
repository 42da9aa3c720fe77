// What a response shows of an identifier when the reader's role does not need the whole value
// (docs/security.md, "What is masked for whom"): only the last four characters.

/** '123-45-6789', '123456789' or just the last four digits → '***-**-6789'. */
export function maskSsn(ssnOrLastFour: string | null | undefined): string {
  const digits = (ssnOrLastFour ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? `***-**-${digits.slice(-4)}` : '***-**-****';
}

/** A Medicare Beneficiary Identifier (11 characters, dashes optional) → '*******' + last four. */
export function maskMedicareNumber(mbi: string | null | undefined): string {
  const chars = (mbi ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return chars.length >= 4 ? `*******${chars.slice(-4)}` : '***********';
}

/** The last four digits kept in clear beside an encrypted SSN (person.ssn_last4). */
export function ssnLastFour(ssn: string): string {
  return ssn.replace(/\D/g, '').slice(-4);
}
