// The request and response shapes of the survey routes (cx-survey-routes.ts). A response's free text
// refuses bidirectional control characters (they can make a comment read differently than it is stored);
// NUL is refused for every field by nul-characters.ts; the length limit of the privacy settings is
// checked with the answers, naming the field.
import { z } from 'zod';
import { DRIVERS, LANGUAGES, LEGACY_QUESTIONS } from '../rules/cx/survey-instrument.ts';
import { readonlyArray } from './response-schemas.ts';

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export const invitationParams = z.strictObject({
  token: z.string().min(1).max(200).describe("The invitation's single-use token"),
});

export const languageQuery = z.strictObject({
  language: z.enum(LANGUAGES).optional().describe("The form's language; default the invitation's"),
});

const scale = z.number().int().min(1).max(5);

export const responseBody = z
  .strictObject({
    trust: z
      .union([z.enum(['up', 'down']), scale])
      .nullable()
      .optional()
      .describe("A-11 v2: 'up' or 'down' on the thumbs scale, 1-5 on the five-point one"),
    positive: z.array(z.enum(DRIVERS)).max(DRIVERS.length).default([]),
    negative: z.array(z.enum(DRIVERS)).max(DRIVERS.length).default([]),
    legacy: z
      .strictObject(
        Object.fromEntries(LEGACY_QUESTIONS.map((q) => [q, scale.nullable().optional()])) as Record<
          (typeof LEGACY_QUESTIONS)[number],
          z.ZodOptional<z.ZodNullable<typeof scale>>
        >,
      )
      .default({}),
    text: z
      .string()
      .max(10_000)
      .refine((t) => !BIDI_CONTROLS.test(t), 'contains a bidirectional control character: remove it')
      .nullable()
      .optional()
      .describe('Free text; personal identifiers in it are masked before it is stored'),
    contact: z
      .union([
        z.strictObject({ phone: z.string().trim().min(7).max(40) }),
        z.strictObject({ email: z.email().max(254) }),
      ])
      .optional()
      .describe(
        'Only when the respondent asks to be contacted: goes into a support case, never the response',
      ),
    language: z.enum(LANGUAGES).optional(),
  })
  .describe('CxSurveyResponse');

export const responseReceipt = z
  .object({
    received: z.literal(true),
    identifiersMasked: z.number().int().describe('How many personal identifiers were masked in the text'),
    contactRequested: z.boolean().describe('Whether someone will contact the respondent'),
  })
  .describe('CxSurveyReceipt');

const choice = z.object({ value: z.union([z.string(), z.number()]), label: z.string() });

export const surveyFormView = z
  .object({
    surveyId: z.string(),
    version: z.string(),
    kind: z.enum(['a11-v2', 'a11-legacy']),
    language: z.enum(LANGUAGES),
    title: z.string(),
    pra: z.object({
      ombControlNumber: z.string(),
      expiresOn: z.string(),
      burdenMinutes: z.number().int(),
      burdenStatement: z.string(),
    }),
    questions: readonlyArray(
      z.object({
        id: z.string(),
        text: z.string(),
        kind: z.enum(['single', 'multiple', 'text', 'contact']),
        choices: readonlyArray(choice),
      }),
    ),
    freeTextMaxChars: z.number().int(),
    trustPositiveFrom: z
      .number()
      .int()
      .nullable()
      .describe(
        'On the 5-point trust scale, the lowest answer counted positive; null on the thumbs scale (up is positive)',
      ),
  })
  .describe('CxSurveyForm');

export const surveyListView = z
  .object({
    items: readonlyArray(
      z.object({
        surveyId: z.string(),
        version: z.string(),
        kind: z.string(),
        ombControlNumber: z.string(),
        expiresOn: z.string(),
        responseCount: z.number().int(),
        collecting: z.boolean(),
        explanation: z.string(),
      }),
    ),
  })
  .describe('CxSurveyVersions');
