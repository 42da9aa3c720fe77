// The language each person prefers to be written to in (migration 0029): set by the enrollee, read in
// bulk when survey invitations are made. No row means English, the program's default.
import { execute, sqlBuilder, type Executor } from './executor.ts';

export type PreferredLanguage = 'en' | 'es';

/** Keeps the person's choice (replacing an earlier one). */
export async function savePersonLanguage(
  executor: Executor,
  personId: number,
  language: PreferredLanguage,
  at: Date,
): Promise<void> {
  await execute(
    executor,
    sqlBuilder
      .insertInto('person_language')
      .values({ person_id: personId, language, updated_at: at })
      .onConflict((c) => c.column('person_id').doUpdateSet({ language, updated_at: at })),
  );
}

/** The languages the people chose, by person; those who chose none are absent. */
export async function personLanguages(
  executor: Executor,
  personIds: readonly number[],
): Promise<Map<number, PreferredLanguage>> {
  if (personIds.length === 0) return new Map();
  // One array parameter of a prepared statement: the invitation job asks for hundreds of people a run.
  const rows = await executor.prepared<{ person_id: number | string; language: PreferredLanguage }>(
    'person-languages',
    'select person_id, language from person_language where person_id = any($1::bigint[])',
    [[...new Set(personIds)]],
  );
  return new Map(rows.map((r) => [Number(r.person_id), r.language]));
}
