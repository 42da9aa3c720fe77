// A survey version that has collected responses cannot change: the responses must keep meaning what
// the respondents were asked (OMB Circular A-11, Section 280: the approved questions are used without
// modification; 5 CFR 1320.5(g): a substantive change to an approved collection is a new submission).
// A changed instrument is a new version. The content is compared by the hash of its canonical JSON.
import { decision, type Decision } from '../decision.ts';

export const VERSION_CITATIONS = ['OMB Circular A-11, Section 280', '5 CFR 1320.5(g)'] as const;

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface StoredVersion {
  readonly contentHash: string;
  readonly responses: number;
}

export type VersionOutcome = 'new' | 'unchanged' | 'replaced' | 'refused';

/** What registering content with `contentHash` under a survey id and version may do. */
export function versionChange(
  survey: string,
  stored: StoredVersion | null,
  contentHash: string,
): Decision<VersionOutcome> {
  const facts = {
    survey,
    contentHash,
    storedHash: stored?.contentHash ?? null,
    responses: stored?.responses ?? 0,
  };
  if (stored === null)
    return decision(
      'survey-version',
      'new',
      VERSION_CITATIONS,
      facts,
      `${survey} is registered as a new version.`,
    );
  if (stored.contentHash === contentHash)
    return decision(
      'survey-version',
      'unchanged',
      VERSION_CITATIONS,
      facts,
      `${survey} is already registered with this content.`,
    );
  if (stored.responses === 0)
    return decision(
      'survey-version',
      'replaced',
      VERSION_CITATIONS,
      facts,
      `${survey} has no responses yet, so its content may still be corrected.`,
    );
  return decision(
    'survey-version',
    'refused',
    VERSION_CITATIONS,
    facts,
    `${survey} already has ${stored.responses} response(s) and its content differs: give the changed survey a new version.`,
  );
}
