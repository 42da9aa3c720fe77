// Free text in a response is screened for personal identifiers, and each one found is masked before the
// text is stored (OMB Circular A-11, Section 280: feedback is collected without personal data; the
// Privacy Act, 5 U.S.C. 552a(e)(1): keep only what the purpose needs; OMB M-17-12 on personally
// identifiable information). Screened: e-mail addresses, Medicare Beneficiary Identifiers (11
// characters, with or without dashes), and any run of nine or more digits however separated (Social
// Security numbers with or without dashes, telephone numbers, account numbers). Masking errs toward
// masking: a long number that is not an identifier is masked too.
import { MBI_LETTERS } from '../../domain/medicare-number.ts';

export const MASKING_CITATIONS = ['OMB Circular A-11, Section 280', '5 U.S.C. 552a(e)(1)'] as const;

export type IdentifierKind = 'email' | 'medicare_number' | 'ssn' | 'phone' | 'number';

export const MASKS: Readonly<Record<IdentifierKind, string>> = {
  email: '[email removed]',
  medicare_number: '[Medicare number removed]',
  ssn: '[SSN removed]',
  phone: '[phone removed]',
  number: '[number removed]',
};

const L = `[${MBI_LETTERS}]`;
const LD = `[${MBI_LETTERS}0-9]`;
/** An MBI: C A AN N - A AN N - A A N N, dashes or spaces optional, either case. */
const MBI = new RegExp(`[1-9]${L}${LD}[0-9][\\s-]?${L}${LD}[0-9][\\s-]?${L}${L}[0-9]{2}`, 'gi');
/**
 * Any word holding an @ between characters, not counting punctuation that ends a sentence. Square
 * brackets end the word too, so a mask already in the text ("x@[email removed]") is never masked again.
 */
const EMAIL = /[^\s@[\]]+@[^\s@[\]]*[^\s@.,;:!?)[\]]/g;
/** Nine or more digits (with a leading + or parenthesis), each separated from the next by at most two spaces, dashes, dots or parentheses. */
const LONG_NUMBER = /(?:\+|\()?\d(?:[\s().-]{0,2}\d){8,}/g;

export interface MaskedText {
  readonly text: string;
  /** How many identifiers of each kind were masked. */
  readonly found: Readonly<Record<IdentifierKind, number>>;
}

function numberKind(match: string): IdentifierKind {
  const digits = match.replace(/\D/g, '').length;
  if (digits === 9) return 'ssn';
  if (digits === 10 || digits === 11) return 'phone';
  return 'number';
}

/** The text with every personal identifier replaced by a mask naming its kind. */
export function maskIdentifiers(text: string): MaskedText {
  const found: Record<IdentifierKind, number> = { email: 0, medicare_number: 0, ssn: 0, phone: 0, number: 0 };
  const replace = (kind: IdentifierKind) => () => {
    found[kind]++;
    return MASKS[kind];
  };
  const masked = text
    .replace(EMAIL, replace('email'))
    .replace(MBI, replace('medicare_number'))
    .replace(LONG_NUMBER, (match) => {
      const kind = numberKind(match);
      found[kind]++;
      return MASKS[kind];
    });
  return { text: masked, found };
}

/** Whether text still holds something the screen would mask. */
export function holdsIdentifier(text: string): boolean {
  const { found } = maskIdentifiers(text);
  return Object.values(found).some((n) => n > 0);
}
