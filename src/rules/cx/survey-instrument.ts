// The survey instruments, transaction points and privacy settings of customer-experience measurement
// (OMB Circular A-11, Section 280), as data under reference-data/cx/ validated by these schemas. An
// instrument carries its Paperwork Reduction Act block (44 U.S.C. 3507; 5 CFR 1320.6): the OMB control
// number, the expiration date and the burden statement, in every language it is offered in.
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The A-11 v2 drivers, coded as GSA Touchpoints codes them (positive_<driver>, negative_<driver>). */
export const DRIVERS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
] as const;
export type Driver = (typeof DRIVERS)[number];

/** The legacy eight questions of A-11 Section 280, in their order. */
export const LEGACY_QUESTIONS = [
  'satisfaction',
  'trust',
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
] as const;
export type LegacyQuestion = (typeof LEGACY_QUESTIONS)[number];

/** Channels a transaction happens through (a support case's own channels, the portal, the post). */
export const CX_CHANNELS = ['web', 'phone', 'web_chat', 'email', 'mail', 'walk_in', 'ivr'] as const;
export type CxChannel = (typeof CX_CHANNELS)[number];

/** The transactions the exchange knows and can invite a survey after. */
export const CX_TRANSACTIONS = [
  'open-season-election',
  'life-event-decided',
  'support-case-resolved',
  'reconsideration-decided',
] as const;
export type CxTransaction = (typeof CX_TRANSACTIONS)[number];

const localized = z.strictObject({ en: z.string().trim().min(1), es: z.string().trim().min(1) });
export type Localized = z.infer<typeof localized>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes');

const pra = z.strictObject({
  ombControlNumber: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'an OMB control number: four digits, a dash, four digits'),
  expiresOn: isoDate,
  burdenMinutes: z.number().int().positive().max(120),
  burdenStatement: localized,
});
export type PaperworkReductionActBlock = z.infer<typeof pra>;

const instrumentBase = {
  id: slug,
  version: z.string().trim().min(1).max(40),
  title: localized,
  source: z.string().trim().min(1),
  sourceNote: z.string().trim().min(1),
  pra,
};

export const a11V2Survey = z.strictObject({
  kind: z.literal('a11-v2'),
  ...instrumentBase,
  /** Thumbs up or down, or a 1-5 scale. */
  trustScale: z.enum(['thumbs', 'five-point']),
  /** On the 1-5 scale, the lowest answer counted positive (thumbs: up is positive). */
  positiveFrom: z.number().int().min(2).max(5),
  questions: z.strictObject({
    trust: localized,
    positive: localized,
    negative: localized,
    drivers: z.strictObject(
      Object.fromEntries(DRIVERS.map((d) => [d, localized])) as Record<Driver, typeof localized>,
    ),
    freeText: localized,
    contact: localized,
  }),
});

export const a11LegacySurvey = z.strictObject({
  kind: z.literal('a11-legacy'),
  ...instrumentBase,
  scale: z.strictObject({ 1: localized, 2: localized, 3: localized, 4: localized, 5: localized }),
  questions: z.strictObject({
    ...(Object.fromEntries(LEGACY_QUESTIONS.map((q) => [q, localized])) as Record<
      LegacyQuestion,
      typeof localized
    >),
    freeText: localized,
    contact: localized,
  }),
});

export const surveyInstrument = z.discriminatedUnion('kind', [a11V2Survey, a11LegacySurvey]);
export type SurveyInstrument = z.infer<typeof surveyInstrument>;
export type A11V2Survey = z.infer<typeof a11V2Survey>;
export type A11LegacySurvey = z.infer<typeof a11LegacySurvey>;

export const transactionPoint = z.strictObject({
  id: slug,
  transaction: z.enum(CX_TRANSACTIONS),
  /** For support cases: the partner (support plan id) whose resolved cases this point covers. */
  partner: slug.optional(),
  stage: z.string().trim().min(1).max(80),
  surveyId: slug,
  /** The channels whose transactions are offered the survey; others are counted as served only. */
  channels: z.array(z.enum(CX_CHANNELS)).min(1),
  samplingRate: z.number().min(0).max(1),
});
export type TransactionPoint = z.infer<typeof transactionPoint>;

export const transactionPoints = z
  .strictObject({
    id: slug,
    version: z.string().trim().min(1).max(40),
    source: z.string().trim().min(1),
    sourceNote: z.string().trim().min(1),
    service: z.string().trim().min(1).max(200),
    serviceProvider: z.string().trim().min(1).max(200),
    samplingSeed: z.string().min(1).max(100),
    invitationPeriod: z.literal('fiscal-quarter'),
    invitationValidDays: z.number().int().min(1).max(366),
    skipDuringOpenCase: z.boolean(),
    points: z.array(transactionPoint).min(1),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.points.forEach((point, i) => {
      if (seen.has(point.id))
        ctx.addIssue({ code: 'custom', path: ['points', i, 'id'], message: `"${point.id}" is listed twice` });
      seen.add(point.id);
      if (point.transaction === 'support-case-resolved' && point.partner === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['points', i, 'partner'],
          message: 'a support case point names its partner',
        });
    });
  });
export type TransactionPoints = z.infer<typeof transactionPoints>;

export const cxPrivacy = z.strictObject({
  id: slug,
  version: z.string().trim().min(1).max(40),
  source: z.string().trim().min(1),
  sourceNote: z.string().trim().min(1),
  /** A cell with fewer respondents than this is suppressed in every report. */
  suppressionThreshold: z.number().int().min(1).max(1000),
  freeTextMaxChars: z.number().int().min(1).max(10_000),
});
export type CxPrivacy = z.infer<typeof cxPrivacy>;
