// Survey versions (migration 0024): each instrument version once, with the hash of its canonical
// content and how many responses it has; a trigger refuses a content change after the first response.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxSurveyKind, CxSurveyVersionTable } from '../tables/cx-tables.ts';

export type SurveyVersionRow = Selectable<CxSurveyVersionTable>;

export interface SurveyVersionInsert {
  readonly surveyId: string;
  readonly version: string;
  readonly kind: CxSurveyKind;
  readonly contentHash: string;
  readonly content: unknown;
  readonly ombControlNumber: string;
  readonly expiresOn: string;
}

export async function readSurveyVersion(
  executor: Executor,
  surveyId: string,
  version: string,
): Promise<SurveyVersionRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_survey_version')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .where('version', '=', version),
  );
  return row;
}

export async function listSurveyVersions(executor: Executor): Promise<SurveyVersionRow[]> {
  return execute(
    executor,
    sqlBuilder.selectFrom('cx_survey_version').selectAll().orderBy('survey_id').orderBy('version'),
  );
}

/** Inserts the version; false when another process registered it first. */
export async function insertSurveyVersion(executor: Executor, row: SurveyVersionInsert): Promise<boolean> {
  const inserted = await execute(
    executor,
    sqlBuilder
      .insertInto('cx_survey_version')
      .values({
        survey_id: row.surveyId,
        version: row.version,
        kind: row.kind,
        content_hash: row.contentHash,
        content: JSON.stringify(row.content),
        omb_control_number: row.ombControlNumber,
        expires_on: row.expiresOn,
      })
      .onConflict((c) => c.columns(['survey_id', 'version']).doNothing())
      .returning('survey_id'),
  );
  return inserted.length === 1;
}

/** Replaces the content of a version that has no responses (the trigger refuses it otherwise). */
export async function replaceSurveyContent(executor: Executor, row: SurveyVersionInsert): Promise<boolean> {
  const updated = await execute(
    executor,
    sqlBuilder
      .updateTable('cx_survey_version')
      .set({
        content_hash: row.contentHash,
        content: JSON.stringify(row.content),
        omb_control_number: row.ombControlNumber,
        expires_on: row.expiresOn,
      })
      .where('survey_id', '=', row.surveyId)
      .where('version', '=', row.version)
      .where('response_count', '=', 0)
      .returning('survey_id'),
  );
  return updated.length === 1;
}

/** Counts responses against the version, so its content is frozen from the first one. */
export async function countResponses(
  executor: Executor,
  surveyId: string,
  version: string,
  added: number,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .updateTable('cx_survey_version')
      .set((eb) => ({ response_count: eb('response_count', '+', added) }))
      .where('survey_id', '=', surveyId)
      .where('version', '=', version),
  );
}
