// The CX maturity framework and the personas as data (reference-data/cx/maturity-framework.json and
// personas.json): the five dimensions of OMB Circular A-11, Section 280 with their rating scale, and
// the synthetic customer profiles the planned actions are tied to (seed 002, Performance.gov).
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';

/** The paragraphs every maturity decision rests on. */
export const A11_280 = 'OMB Circular A-11, Section 280';
export const SEED_002_TEMPLATE = 'Seed 002 ¶1 (HISP Action Plan template)';
export const SEED_002_PROGRESS = 'Seed 002 ¶4 (progress published the next spring)';

export const DIMENSION_IDS = [
  'measurement',
  'governance',
  'organization-and-culture',
  'customer-research',
  'service-design',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
export const dimensionId = z.enum(DIMENSION_IDS);

const text = z.string().trim().min(1);

export const maturityFramework = z.strictObject({
  id: text,
  version: text,
  title: text,
  source: text,
  sourceNote: text.optional(),
  focusAreaCount: z.number().int().min(1),
  plannedActionsPerFocusArea: z.number().int().min(1),
  minimumEvidencePerRating: z.number().int().min(0),
  progressReport: z.strictObject({
    season: text,
    dueMonthDay: z.string().regex(/^\d\d-\d\d$/, 'MM-DD'),
    calendarYearAfterFiscalYearStart: z.number().int().min(0),
    sourceNote: text.optional(),
  }),
  scale: z.array(z.strictObject({ rating: z.number().int().min(1), label: text, description: text })).min(2),
  dimensions: z
    .array(
      z.strictObject({
        id: dimensionId,
        name: text,
        description: text,
        evidenceHints: z.array(text),
      }),
    )
    .refine((ds) => DIMENSION_IDS.every((id) => ds.filter((d) => d.id === id).length === 1), {
      message: `the five dimensions of Section 280, each once: ${DIMENSION_IDS.join(', ')}`,
    }),
});
export type MaturityFramework = z.output<typeof maturityFramework>;

export const personaCatalogue = z.strictObject({
  id: text,
  version: text,
  source: text,
  sourceNote: text.optional(),
  personas: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by hyphens'),
        name: text,
        summary: text,
        needs: z.array(text).min(1),
        painPoints: z.array(text),
        channels: z.array(text).min(1),
        language: z.enum(['en', 'es']),
      }),
    )
    .min(1)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, { message: 'persona ids are unique' }),
});
export type PersonaCatalogue = z.output<typeof personaCatalogue>;
export type Persona = PersonaCatalogue['personas'][number];

/** An evidence link: a URL (https) or a path inside the exchange (/api/v1/..., docs/..., a report file). */
export const evidenceLink = z.strictObject({
  label: text.max(200),
  link: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .refine((v) => /^https?:\/\/\S+$/.test(v) || /^[\w./][^\s]*$/.test(v), {
      message: 'a URL (https://...) or a path (docs/..., /api/v1/...)',
    }),
});
export type EvidenceLink = z.output<typeof evidenceLink>;

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type RecordedActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionStatus = RecordedActionStatus | 'delayed';

export const milestoneInput = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/, 'lower-case words joined by hyphens'),
  title: text.max(300),
  dueOn: isoDate,
  doneOn: isoDate.nullable().optional(),
});
export type MilestoneInput = z.output<typeof milestoneInput>;
