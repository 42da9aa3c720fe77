// A carrier's X12 envelope settings: who the interchange is from and to (ISA05-ISA08), the functional
// group's application codes (GS02, GS03), test or production (ISA15), whether a TA1 is asked for
// (ISA14) and the delimiters, when the carrier's agreement sets other than the usual ones.
// Element rules follow the X12 005010 control segments as the HIPAA implementation guides use them.
import { z } from 'zod';

/**
 * ISA05/ISA07 Interchange ID Qualifier: the values the 005010 HIPAA implementation guides allow
 * (01 D-U-N-S, 14 D-U-N-S plus suffix, 20 health industry number, 27 carrier ID from CMS,
 * 28 fiscal intermediary, 29 Medicare provider, 30 U.S. federal tax ID, 33 NAIC, ZZ mutually defined).
 */
export const INTERCHANGE_ID_QUALIFIERS = ['01', '14', '20', '27', '28', '29', '30', '33', 'ZZ'] as const;

/** ISA06/ISA08: 1 to 15 characters, written space-padded to 15; kept here without the padding. */
const interchangeIdValue = z
  .string()
  .regex(
    /^[A-Z0-9](?:[A-Z0-9 ]{0,13}[A-Z0-9])?$/,
    '1 to 15 capital letters, digits or inner spaces (the padding to 15 is added when written)',
  );

export const interchangeId = z.strictObject({
  qualifier: z.enum(INTERCHANGE_ID_QUALIFIERS, {
    error: `one of ${INTERCHANGE_ID_QUALIFIERS.join(', ')} (the qualifiers the 005010 guides allow)`,
  }),
  id: interchangeIdValue,
});
export type InterchangeId = z.infer<typeof interchangeId>;

/** GS02/GS03 Application Sender's/Receiver's Code: 2 to 15 characters. */
const applicationCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9 ]{0,13}[A-Z0-9]$/, '2 to 15 capital letters, digits or inner spaces');

/** The usual delimiters of an 005010 interchange: ISA16 component, ISA11 repetition. */
export const DEFAULT_SEPARATORS = Object.freeze({
  element: '*',
  component: ':',
  repetition: '^',
  segment: '~',
});
export type Separators = { readonly [K in keyof typeof DEFAULT_SEPARATORS]: string };

// A delimiter may not be a character data can hold: letters, digits and space appear in values.
const separator = z
  .string()
  .regex(/^[^A-Za-z0-9\s]$/, 'one character that is not a letter, a digit or white space');

export const separators = z
  .strictObject({ element: separator, component: separator, repetition: separator, segment: separator })
  .superRefine((value, context) => {
    const seen = new Map<string, string>();
    for (const [name, char] of Object.entries(value)) {
      const other = seen.get(char);
      if (other !== undefined)
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `"${char}" is already the ${other} separator; each delimiter must be different`,
        });
      else seen.set(char, name);
    }
  });

export const x12Identifiers = z
  .strictObject({
    /** ISA05/ISA06: the exchange, as this carrier knows it. */
    interchangeSender: interchangeId,
    /** ISA07/ISA08: the carrier. */
    interchangeReceiver: interchangeId,
    /** GS02. */
    applicationSender: applicationCode,
    /** GS03. */
    applicationReceiver: applicationCode,
    /** ISA15: P production, T test. */
    usageIndicator: z.enum(['P', 'T'], { error: 'P (production) or T (test)' }),
    /** ISA14: whether the carrier is asked for a TA1 interchange acknowledgment. */
    interchangeAcknowledgmentRequested: z.boolean(),
    separators: separators.default(DEFAULT_SEPARATORS),
  })
  .superRefine((value, context) => {
    const { interchangeSender: from, interchangeReceiver: to } = value;
    if (from.qualifier === to.qualifier && from.id === to.id)
      context.addIssue({
        code: 'custom',
        path: ['interchangeReceiver', 'id'],
        message: 'the receiver is the sender; ISA07/ISA08 must name the carrier, not the exchange',
      });
  });
export type X12Identifiers = z.infer<typeof x12Identifiers>;
