// The yearly CX maturity self-assessment (OMB Circular A-11, Section 280; seed 002 ¶1): every one of
// the five dimensions rated on the framework's scale with evidence, and exactly two focus areas chosen
// among the dimensions for the coming year.
import { decision, type Decision } from '../decision.ts';
import {
  A11_280,
  SEED_002_TEMPLATE,
  type DimensionId,
  type EvidenceLink,
  type MaturityFramework,
} from './maturity-framework.ts';

export interface DimensionRating {
  readonly dimension: DimensionId;
  readonly rating: number;
  readonly evidence: readonly EvidenceLink[];
}

/** Problems with one rating (empty when it may be recorded), each naming its field. */
export function ratingProblems(
  framework: MaturityFramework,
  dimension: string,
  rating: number,
  evidence: readonly EvidenceLink[],
): string[] {
  const problems: string[] = [];
  if (!framework.dimensions.some((d) => d.id === dimension))
    problems.push(
      `dimension: "${dimension}" is not one of ${framework.dimensions.map((d) => d.id).join(', ')}`,
    );
  if (!framework.scale.some((s) => s.rating === rating))
    problems.push(`rating: ${rating} is not on the scale ${framework.scale.map((s) => s.rating).join(', ')}`);
  if (evidence.length < framework.minimumEvidencePerRating)
    problems.push(
      `evidence: a rating needs at least ${framework.minimumEvidencePerRating} evidence link(s) (survey results, the support plan, reports)`,
    );
  return problems;
}

export type CompletenessOutcome = 'complete' | 'incomplete';

/**
 * A-11 Section 280; seed 002 ¶1 ("Addressed their Self-Assessment for each of the five CX maturity
 * dimensions"): complete when every dimension has a rating on the scale and its evidence.
 */
export function assessmentCompleteness(
  framework: MaturityFramework,
  fiscalYear: number,
  ratings: readonly DimensionRating[],
): Decision<CompletenessOutcome> & { readonly missing: readonly DimensionId[] } {
  const byDimension = new Map(ratings.map((r) => [r.dimension, r]));
  const missing = framework.dimensions
    .filter((d) => {
      const r = byDimension.get(d.id);
      return !r || r.evidence.length < Math.max(1, framework.minimumEvidencePerRating);
    })
    .map((d) => d.id);
  const facts = {
    fiscalYear,
    rated: ratings.length,
    dimensions: framework.dimensions.length,
    missing: missing.join(', ') || null,
  };
  const made =
    missing.length === 0
      ? decision(
          'cx-maturity-assessment',
          'complete' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `The FY${fiscalYear} self-assessment rates all ${framework.dimensions.length} dimensions, each with evidence.`,
        )
      : decision(
          'cx-maturity-assessment',
          'incomplete' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `The FY${fiscalYear} self-assessment still needs a rating with evidence for: ${missing
            .map((id) => framework.dimensions.find((d) => d.id === id)?.name ?? id)
            .join(', ')}.`,
        );
  return { ...made, missing };
}

export type FocusOutcome = 'accepted' | 'refused';

/**
 * Seed 002 ¶1 ("Identified their top two focus areas for the upcoming year"): exactly the framework's
 * number of focus areas (two), distinct, each one of the dimensions.
 */
export function focusAreaChoice(
  framework: MaturityFramework,
  fiscalYear: number,
  areas: readonly string[],
): Decision<FocusOutcome> & { readonly problems: readonly string[] } {
  const problems: string[] = [];
  const known = new Set<string>(framework.dimensions.map((d) => d.id));
  areas.forEach((a, i) => {
    if (!known.has(a)) problems.push(`areas[${i}]: "${a}" is not one of ${[...known].join(', ')}`);
  });
  if (new Set(areas).size !== areas.length) problems.push('areas: a focus area is named twice');
  if (areas.length !== framework.focusAreaCount)
    problems.push(`areas: exactly ${framework.focusAreaCount} focus areas, not ${areas.length}`);
  const facts = { fiscalYear, areas: areas.join(', '), required: framework.focusAreaCount };
  const made =
    problems.length === 0
      ? decision(
          'cx-focus-areas',
          'accepted' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `FY${fiscalYear} focuses on ${areas.map((a) => framework.dimensions.find((d) => d.id === a)?.name).join(' and ')}.`,
        )
      : decision(
          'cx-focus-areas',
          'refused' as const,
          [A11_280, SEED_002_TEMPLATE],
          facts,
          `The focus areas were not recorded: ${problems.join('; ')}.`,
        );
  return { ...made, problems };
}
