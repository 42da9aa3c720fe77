// Registers each survey version in the database with the hash of its content before it is offered
// (A-11 Section 280; 5 CFR 1320.5(g)): a new version is added, the same content changes nothing, a
// correction is allowed until the first response, and a change after that is refused.
import { PshbError } from '../../errors.ts';
import type { SurveyInstrument } from '../../rules/cx/survey-instrument.ts';
import { versionChange, type VersionOutcome } from '../../rules/cx/survey-version.ts';
import type { Executor } from '../../storage/executor.ts';
import {
  insertSurveyVersion,
  readSurveyVersion,
  replaceSurveyContent,
  type SurveyVersionInsert,
} from '../../storage/cx/survey-versions.ts';
import { surveyContentHash } from './cx-catalogue.ts';

export interface RegisteredSurvey {
  readonly surveyId: string;
  readonly version: string;
  readonly outcome: Exclude<VersionOutcome, 'refused'>;
  readonly contentHash: string;
}

export async function registerSurveyVersion(
  executor: Executor,
  survey: SurveyInstrument,
): Promise<RegisteredSurvey> {
  const contentHash = surveyContentHash(survey);
  const row: SurveyVersionInsert = {
    surveyId: survey.id,
    version: survey.version,
    kind: survey.kind,
    contentHash,
    content: survey,
    ombControlNumber: survey.pra.ombControlNumber,
    expiresOn: survey.pra.expiresOn,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await readSurveyVersion(executor, survey.id, survey.version);
    const made = versionChange(
      `${survey.id} ${survey.version}`,
      stored ? { contentHash: stored.content_hash, responses: Number(stored.response_count) } : null,
      contentHash,
    );
    if (made.outcome === 'refused') throw new PshbError('SURVEY_VERSION_FROZEN', made.explanation);
    if (made.outcome === 'unchanged')
      return { surveyId: survey.id, version: survey.version, outcome: 'unchanged', contentHash };
    const done =
      made.outcome === 'new'
        ? await insertSurveyVersion(executor, row)
        : await replaceSurveyContent(executor, row);
    if (done) return { surveyId: survey.id, version: survey.version, outcome: made.outcome, contentHash };
  }
  throw new PshbError(
    'CONFLICT',
    `survey ${survey.id} ${survey.version} changed while it was registered; try again`,
  );
}

export async function registerSurveyVersions(
  executor: Executor,
  surveys: readonly SurveyInstrument[],
): Promise<RegisteredSurvey[]> {
  const registered: RegisteredSurvey[] = [];
  for (const survey of surveys) registered.push(await registerSurveyVersion(executor, survey));
  return registered;
}
