// Stores a catalogue version: its options, premiums and crosswalk as rows the rules can query, and the
// whole catalogue as a reference dataset. A version is immutable: saving it again with the same content
// changes nothing, and other content under a stored version is refused.
import { isDeepStrictEqual } from 'node:util';
import { catalogue as catalogueSchema, type Catalogue, type EnrollmentType } from '../../domain/catalogue.ts';
import { PshbError } from '../../errors.ts';
import { csvLine, pgTextArray } from '../../storage/csv-text.ts';
import type { RawTransaction, Store } from '../../storage/store.ts';

const KIND = 'catalogue';

export type SaveCatalogueResult = 'saved' | 'unchanged';

export async function saveCatalogue(store: Store, catalogue: Catalogue): Promise<SaveCatalogueResult> {
  const valid = catalogueSchema.parse(catalogue);
  return store.transaction(async (tx) => {
    const stored = await tx.query<{ content: unknown }>(
      'select content from reference_dataset where kind = $1 and version = $2 for update',
      [KIND, valid.version],
    );
    if (stored[0]) {
      if (isDeepStrictEqual(parseStored(stored[0].content), valid)) return 'unchanged';
      throw new PshbError(
        'CONFLICT',
        `catalogue version ${valid.version} is already stored with other content; give the new content a new version`,
      );
    }
    await tx.query('insert into reference_dataset (kind, version, source, content) values ($1, $2, $3, $4)', [
      KIND,
      valid.version,
      valid.source,
      JSON.stringify(valid),
    ]);
    await writeRows(tx, valid);
    return 'saved';
  });
}

/** The catalogue stored under a version, as it was saved. */
export async function loadCatalogue(store: Store, version: string): Promise<Catalogue> {
  const row = await store.db
    .selectFrom('reference_dataset')
    .select('content')
    .where('kind', '=', KIND)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw new PshbError('NOT_FOUND', `no catalogue version ${version} is stored`);
  return parseStored(row.content);
}

/** Versions of the stored catalogues, oldest first. */
export async function listCatalogueVersions(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('reference_dataset')
    .select('version')
    .where('kind', '=', KIND)
    .orderBy('recorded_at')
    .orderBy('version')
    .execute();
  return rows.map((r) => r.version);
}

function parseStored(content: unknown): Catalogue {
  // PGlite and pg both return jsonb parsed; a text value would mean a driver configured otherwise.
  return catalogueSchema.parse(typeof content === 'string' ? JSON.parse(content) : content);
}

async function writeRows(tx: RawTransaction, catalogue: Catalogue): Promise<void> {
  const version = catalogue.version;
  const options: string[] = [];
  const premiums: string[] = [];
  for (const o of catalogue.options) {
    options.push(
      csvLine([
        version,
        o.program,
        o.contractYear,
        o.carrierCode,
        o.carrierName,
        o.planCode,
        o.optionCode,
        o.planName,
        o.optionName,
        o.hdhp,
        o.membershipFee,
        o.serviceArea,
        pgTextArray(o.regions),
        o.source,
        o.sourceNote,
      ]),
    );
    for (const [type, p] of Object.entries(o.premiums) as [
      EnrollmentType,
      (typeof o.premiums)[EnrollmentType],
    ][]) {
      if (!p) continue;
      premiums.push(
        csvLine([
          version,
          o.program,
          o.contractYear,
          p.enrollmentCode,
          o.planCode,
          o.optionCode,
          type,
          p.biweekly.total,
          p.biweekly.government,
          p.biweekly.enrollee,
          p.monthly.total,
          p.monthly.government,
          p.monthly.enrollee,
        ]),
      );
    }
  }
  const crosswalk = catalogue.crosswalk.map((e) =>
    csvLine([
      version,
      e.fehbPlanCode,
      e.fehbOptionCode,
      e.region,
      e.fehbPlanContinues,
      e.pshbPlanCode,
      e.equivalentOptionCode,
      e.similarOptionCode,
    ]),
  );
  await tx.copyCsv('plan_option', PLAN_OPTION_COLUMNS, options.join(''));
  await tx.copyCsv('plan_premium', PLAN_PREMIUM_COLUMNS, premiums.join(''));
  await tx.copyCsv('crosswalk_entry', CROSSWALK_ENTRY_COLUMNS, crosswalk.join(''));
}

const PLAN_OPTION_COLUMNS = [
  'catalogue_version',
  'program',
  'contract_year',
  'carrier_code',
  'carrier_name',
  'plan_code',
  'option_code',
  'plan_name',
  'option_name',
  'hdhp',
  'membership_fee',
  'service_area',
  'regions',
  'source',
  'source_note',
];
const PLAN_PREMIUM_COLUMNS = [
  'catalogue_version',
  'program',
  'contract_year',
  'enrollment_code',
  'plan_code',
  'option_code',
  'enrollment_type',
  'biweekly_total_cents',
  'biweekly_government_cents',
  'biweekly_enrollee_cents',
  'monthly_total_cents',
  'monthly_government_cents',
  'monthly_enrollee_cents',
];
const CROSSWALK_ENTRY_COLUMNS = [
  'catalogue_version',
  'fehb_plan_code',
  'fehb_option_code',
  'region',
  'fehb_plan_continues',
  'pshb_plan_code',
  'equivalent_option_code',
  'similar_option_code',
];
