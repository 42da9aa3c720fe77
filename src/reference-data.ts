// The reference data shipped in reference-data/: plan catalogues and the program calendar, read from
// the repository (not bundled) so a data correction is a data change, validated on every load.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { catalogue, type Catalogue } from './domain/catalogue.ts';
import {
  useLevelProfiles,
  zipPrefixTable,
  type UseLevelProfiles,
  type ZipPrefixTable,
} from './domain/plan-costs.ts';
import { programCalendar, type ProgramCalendar } from './domain/program-calendar.ts';
import { partBDocumentPolicy, type PartBDocumentPolicy } from './domain/part-b-documents.ts';
import {
  contributionParameters,
  lifeEventsTable,
  type ContributionParameters,
  type LifeEventsTable,
} from './domain/lifecycle.ts';

const REFERENCE_DATA = fileURLToPath(new URL('../reference-data/', import.meta.url));
const CATALOGUES = `${REFERENCE_DATA}catalogues/`;

export class ReferenceDataError extends Error {
  override readonly name = 'ReferenceDataError';
}

/** A catalogue shipped as reference-data/catalogues/<name>.json. */
export function loadShippedCatalogue(name = 'pshb-2025'): Catalogue {
  if (!/^[a-z0-9-]+$/.test(name)) throw new ReferenceDataError(`invalid catalogue name: ${name}`);
  return readValidated(`${CATALOGUES}${name}.json`, catalogue);
}

export function loadProgramCalendar(): ProgramCalendar {
  return readValidated(`${REFERENCE_DATA}program-calendar.json`, programCalendar);
}

/** What OPM prescribes for Part B exception documents (reference-data/part-b-documents.json). */
export function loadPartBDocumentPolicy(): PartBDocumentPolicy {
  return readValidated(`${REFERENCE_DATA}part-b-documents.json`, partBDocumentPolicy);
}

/** Names of the shipped catalogues, for loadShippedCatalogue. */
export function listShippedCatalogues(): string[] {
  return readdirSync(CATALOGUES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Qualifying life events, pay periods and lifecycle periods (reference-data/life-events.json). */
export function loadLifeEvents(): LifeEventsTable {
  return readValidated(`${REFERENCE_DATA}life-events.json`, lifeEventsTable);
}

/** Contribution parameters of a contract year (reference-data/contributions-<year>.json). */
export function loadContributionParameters(contractYear = 2025): ContributionParameters {
  if (!Number.isInteger(contractYear)) throw new ReferenceDataError(`invalid contract year: ${contractYear}`);
  return readValidated(`${REFERENCE_DATA}contributions-${contractYear}.json`, contributionParameters);
}

/** Low, medium and high years of care for the plan cost estimate (reference-data/plan-costs/). */
export function loadUseLevelProfiles(): UseLevelProfiles {
  return readValidated(`${REFERENCE_DATA}plan-costs/use-levels-2025.json`, useLevelProfiles);
}

/** Three-digit ZIP Code prefixes and their state (reference-data/plan-costs/zip3-states.json). */
export function loadZipPrefixTable(): ZipPrefixTable {
  return readValidated(`${REFERENCE_DATA}plan-costs/zip3-states.json`, zipPrefixTable);
}

function readValidated<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ReferenceDataError(`${path}: cannot read JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new ReferenceDataError(`${path} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
