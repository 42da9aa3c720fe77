// Carrier performance evidence (migration 0022): rows are only ever added. A row names the carrier,
// the plan (or none, for the carrier as a whole), the contract year and the measure; the current
// evidence is the latest row of each, and the older rows stay as its history. A row that carries an
// import key is added once: a re-run import or exchange computation naming the same key adds nothing.
import { sql, type Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type {
  PerformanceEvidenceSourceKind,
  PerformanceEvidenceTable,
} from '../tables/performance-tables.ts';

export type EvidenceRow = Selectable<PerformanceEvidenceTable>;

export interface NewEvidenceRow {
  readonly carrierCode: string;
  readonly planCode: string | null;
  readonly contractYear: number;
  readonly measure: string;
  /** Any JSON value (a number, a boolean, a date), or null when nothing could be counted. */
  readonly value: unknown;
  readonly applicable: boolean;
  readonly unit: string | null;
  readonly sourceKind: PerformanceEvidenceSourceKind;
  readonly sourceReference: string;
  readonly note: string | null;
  /** Names the row so that the same import or computation adds it once; null for a one-off entry. */
  readonly importKey: string | null;
  readonly recordedBy: string;
}

export interface EvidenceScope {
  readonly carrierCode: string;
  readonly contractYear: number;
  /** Only this plan's rows and the carrier-wide ones (plan_code null); every row of the carrier when absent. */
  readonly planCode?: string | null;
}

/** Rows 500 at a time: far below PostgreSQL's bind-parameter limit. */
const CHUNK = 500;

/**
 * Adds the rows whose import key is new (and every row without a key); returns how many were added.
 * Run it in a transaction when the rows must be added together or not at all.
 */
export async function appendEvidence(executor: Executor, rows: readonly NewEvidenceRow[]): Promise<number> {
  let added = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const inserted = await execute(
      executor,
      sqlBuilder
        .insertInto('performance_evidence')
        .values(
          rows.slice(start, start + CHUNK).map((row) => ({
            carrier_code: row.carrierCode,
            plan_code: row.planCode,
            contract_year: row.contractYear,
            measure: row.measure,
            value: row.value === null || row.value === undefined ? null : JSON.stringify(row.value),
            applicable: row.applicable,
            unit: row.unit,
            source_kind: row.sourceKind,
            source_reference: row.sourceReference,
            note: row.note,
            import_key: row.importKey,
            recorded_by: row.recordedBy,
          })),
        )
        .onConflict((conflict) =>
          conflict.column('import_key').where('import_key', 'is not', null).doNothing(),
        )
        .returning('id'),
    );
    added += inserted.length;
  }
  return added;
}

function scoped(scope: EvidenceScope) {
  let query = sqlBuilder
    .selectFrom('performance_evidence')
    .selectAll()
    .where('carrier_code', '=', scope.carrierCode)
    .where('contract_year', '=', scope.contractYear);
  if (scope.planCode !== undefined && scope.planCode !== null) {
    const plan = scope.planCode;
    query = query.where((eb) => eb.or([eb('plan_code', '=', plan), eb('plan_code', 'is', null)]));
  } else if (scope.planCode === null) query = query.where('plan_code', 'is', null);
  return query;
}

/**
 * The current evidence: the latest row (highest id) of each plan and measure in the scope, ordered by
 * measure and plan.
 */
export function currentEvidence(executor: Executor, scope: EvidenceScope): Promise<EvidenceRow[]> {
  return execute(
    executor,
    scoped(scope)
      .distinctOn(['measure', sql`coalesce(plan_code, '')`])
      .orderBy('measure')
      .orderBy(sql`coalesce(plan_code, '')`)
      .orderBy('id', 'desc'),
  );
}

/** Every row in the scope, oldest first, the superseded ones included; of one measure when named. */
export function evidenceHistory(
  executor: Executor,
  scope: EvidenceScope & { readonly measure?: string },
): Promise<EvidenceRow[]> {
  let query = scoped(scope);
  if (scope.measure !== undefined) query = query.where('measure', '=', scope.measure);
  return execute(executor, query.orderBy('id'));
}

/** The rows added under these import keys (to answer a re-run with what the first run recorded). */
export function evidenceByImportKeys(executor: Executor, keys: readonly string[]): Promise<EvidenceRow[]> {
  if (keys.length === 0) return Promise.resolve([]);
  return execute(
    executor,
    sqlBuilder
      .selectFrom('performance_evidence')
      .selectAll()
      .where('import_key', 'in', [...keys])
      .orderBy('id'),
  );
}
