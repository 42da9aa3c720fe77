// The four delimiters of an X12 interchange. The sender chooses them and announces them in the ISA
// segment (X12.5 interchange control structures; every 005010 TR3's Appendix B, "EDI Control Directory",
// under Delimiters): the
// element separator is ISA's 4th character, the repetition separator is ISA11, the component
// separator is ISA16 and the segment terminator is the character right after ISA16.

import { X12Error } from './x12-error.ts';

export interface Separators {
  /** Between the elements of a segment; "*" by default. */
  readonly element: string;
  /** Between the components of a composite element; ":" by default. */
  readonly component: string;
  /** Between repetitions of a repeating element (ISA11, new in 00501); "^" by default. */
  readonly repetition: string;
  /** After each segment; "~" by default. */
  readonly segment: string;
}

export const DEFAULT_SEPARATORS: Separators = Object.freeze({
  element: '*',
  component: ':',
  repetition: '^',
  segment: '~',
});

const NAMES = ['element', 'component', 'repetition', 'segment'] as const;

/**
 * A validated separator set, from the defaults overridden by `choice`. The delimiters must be single
 * characters, distinct, and never letters, digits or spaces: those occur in data (ISA is padded with
 * spaces), so they could not be told apart from it (TR3 Appendix B, Delimiters: a delimiter must
 * not occur in data). A line feed or carriage return is allowed only as the segment terminator.
 */
export function separators(choice: Partial<Separators> = {}): Separators {
  const set = { ...DEFAULT_SEPARATORS, ...choice };
  for (const name of NAMES) {
    const problem = characterProblem(set[name], name);
    if (problem) throw new X12Error('INVALID_SEPARATORS', `the ${name} separator ${problem}`);
  }
  for (let i = 0; i < NAMES.length; i++)
    for (let j = i + 1; j < NAMES.length; j++) {
      const [a, b] = [NAMES[i]!, NAMES[j]!];
      if (set[a] === set[b])
        throw new X12Error(
          'INVALID_SEPARATORS',
          `the ${a} and ${b} separators are both ${JSON.stringify(set[a])}; each must differ`,
        );
    }
  return Object.freeze(set);
}

function characterProblem(char: string, name: (typeof NAMES)[number]): string | null {
  if (char.length !== 1) return `must be one character, not ${JSON.stringify(char)}`;
  if (/[A-Za-z0-9]/.test(char)) return `${JSON.stringify(char)} is a letter or digit, which occur in data`;
  if (char === ' ') return 'may not be a space, which occurs in data and pads ISA';
  if ((char === '\n' || char === '\r') && name !== 'segment')
    return 'may be a line break only when it is the segment terminator';
  return null;
}

/** True when `text` holds any of the four delimiters. */
export function containsSeparator(text: string, set: Separators): boolean {
  return (
    text.includes(set.element) ||
    text.includes(set.component) ||
    text.includes(set.repetition) ||
    text.includes(set.segment)
  );
}
