// The Medicare Beneficiary Identifier (MBI) that CMS issues in place of the SSN-based HICN: 11
// characters, no dashes when stored, each position of a fixed kind. Letters S, L, O, I, B and Z are
// never used (they are too easily read as digits). Source: CMS, "Understanding the Medicare Beneficiary
// Identifier (MBI) Format".

/** The 20 letters an MBI may use. */
export const MBI_LETTERS = 'ACDEFGHJKMNPQRTUVWXY';
const DIGITS = '0123456789';

type Kind = 'nonzero digit' | 'digit' | 'letter' | 'letter or digit';

/** What each of the 11 positions holds. */
export const MBI_POSITIONS: readonly Kind[] = [
  'nonzero digit',
  'letter',
  'letter or digit',
  'digit',
  'letter',
  'letter or digit',
  'digit',
  'letter',
  'letter',
  'digit',
  'digit',
];

function fits(kind: Kind, char: string): boolean {
  switch (kind) {
    case 'nonzero digit':
      return char >= '1' && char <= '9';
    case 'digit':
      return char >= '0' && char <= '9';
    case 'letter':
      return MBI_LETTERS.includes(char);
    case 'letter or digit':
      return MBI_LETTERS.includes(char) || DIGITS.includes(char);
  }
}

/** Null when `text` is a well-formed MBI, else what is wrong with it, naming the position. */
export function mbiProblem(text: string): string | null {
  if (text.length !== 11)
    return `must be the 11 characters of a Medicare Beneficiary Identifier without dashes (e.g. 1EG4TE5MK73), got ${text.length}`;
  for (let i = 0; i < 11; i++) {
    const kind = MBI_POSITIONS[i]!;
    const char = text[i]!;
    if (!fits(kind, char))
      return `character ${i + 1} ("${char}") must be a ${kind}${kind.includes('letter') ? ' (upper case, not S, L, O, I, B or Z)' : ''}`;
  }
  return null;
}

export function isMbi(text: string): boolean {
  return mbiProblem(text) === null;
}

/**
 * The mark of the MBIs this project generates: '9XX' in positions 1-3. CMS reserves no range for test
 * identifiers the way the SSA's 900-999 area is never issued, so generated values carry a fixed prefix
 * that makes them recognisable at a glance and in a query; they are never real people's.
 */
export const SYNTHETIC_MBI_PREFIX = '9XX';

export function isSyntheticMbi(text: string): boolean {
  return text.startsWith(SYNTHETIC_MBI_PREFIX) && isMbi(text);
}
