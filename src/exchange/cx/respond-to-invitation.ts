// respondToInvitation: a customer answers the survey an invitation offers. The token is used once (one
// conditional update: of two concurrent uses one wins); an expired survey (44 U.S.C. 3512; 5 CFR
// 1320.6) or invitation, a used token and bad answers are refused, naming the field, and nothing is
// stored. The response keeps no personal data: the invitation's service, stage, transaction point,
// channel and partner are copied, not linked, and the free text is masked before it is stored
// (OMB Circular A-11, Section 280). A negative response whose respondent asked to be contacted opens a
// service recovery case with the contact details, in the same transaction.
import { PshbError } from '../../errors.ts';
import {
  isNegativeResponse,
  validateAnswers,
  type SurveyAnswers,
  type ValidAnswers,
} from '../../rules/cx/answer-validation.ts';
import { fiscalQuarterOf } from '../../rules/cx/fiscal-quarter.ts';
import { maskIdentifiers } from '../../rules/cx/identifier-masking.ts';
import { surveyCollecting } from '../../rules/cx/survey-collecting.ts';
import {
  DRIVERS,
  surveyInstrument,
  type Language,
  type SurveyInstrument,
} from '../../rules/cx/survey-instrument.ts';
import {
  claimInvitation,
  readInvitationByTokenHash,
  type InvitationRow,
} from '../../storage/cx/invitations.ts';
import { insertResponses, type ResponseInsert } from '../../storage/cx/responses.ts';
import { countResponses, readSurveyVersion } from '../../storage/cx/survey-versions.ts';
import type { Executor } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import type { SupportPlan } from '../../support/plan/support-plan.ts';
import type { CxCatalogue } from './cx-catalogue.ts';
import { tokenHash } from './cx-keys.ts';
import { openServiceRecoveryCase, type ContactRequest } from './service-recovery.ts';

export interface RespondInput {
  readonly token: string;
  readonly answers: SurveyAnswers;
  readonly language?: Language | undefined;
  /** How to reach the respondent, when they asked to be contacted (goes into the case only). */
  readonly contact?: ContactRequest | undefined;
  /** The program's day (PSHB_PROGRAM_DATE or the real one). */
  readonly today: string;
  readonly now: Date;
}

export interface RespondResult {
  readonly responseId: number;
  readonly identifiersMasked: number;
  readonly serviceRecoveryCaseId: number | null;
}

function refusedAnswers(problems: readonly { field: string; message: string }[]): PshbError {
  return new PshbError(
    'INVALID_INPUT',
    `the answers were not recorded: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    problems.map((p) => ({ field: p.field, message: p.message })),
  );
}

/** The checks that need no write: the invitation exists, is unused, is valid today, and its survey collects. */
export function checkInvitation(
  invitation: InvitationRow | undefined,
  survey: SurveyInstrument | undefined,
  today: string,
) {
  if (!invitation || !survey) throw new PshbError('NOT_FOUND', 'no survey invitation has this token');
  if (invitation.used_at !== null)
    throw new PshbError('INVITATION_USED', 'this survey invitation was already answered');
  const collecting = surveyCollecting(survey, today);
  if (collecting.outcome === 'expired') throw new PshbError('SURVEY_EXPIRED', collecting.explanation);
  const lastDay = new Date(invitation.expires_at).toISOString().slice(0, 10);
  if (today > lastDay)
    throw new PshbError('INVITATION_EXPIRED', `this survey invitation was valid through ${lastDay}`);
}

/** The survey version the invitation offered, as registered (a later version does not change it). */
export async function invitedSurvey(
  executor: Executor,
  invitation: Pick<InvitationRow, 'survey_id' | 'survey_version'>,
): Promise<SurveyInstrument | undefined> {
  const stored = await readSurveyVersion(executor, invitation.survey_id, invitation.survey_version);
  return stored ? surveyInstrument.parse(stored.content) : undefined;
}

export async function respondToInvitation(
  store: Store,
  catalogue: CxCatalogue,
  plan: SupportPlan,
  input: RespondInput,
): Promise<RespondResult> {
  const hash = tokenHash(input.token);
  return store.transaction(async (tx) => {
    const invitation = await readInvitationByTokenHash(tx, hash);
    const survey = invitation ? await invitedSurvey(tx, invitation) : undefined;
    checkInvitation(invitation, survey, input.today);
    const checked = validateAnswers(survey!, input.answers, catalogue.privacy.freeTextMaxChars);
    if (!checked.ok) throw refusedAnswers(checked.problems);
    if (checked.answers.contactRequested && input.contact === undefined)
      throw refusedAnswers([
        {
          field: 'contact',
          message:
            'say how to reach you (a phone number or an e-mail address), or do not ask to be contacted',
        },
      ]);
    const claimed = await claimInvitation(tx, hash, input.now);
    if (!claimed) throw new PshbError('INVITATION_USED', 'this survey invitation was already answered');
    const masked = checked.answers.freeText === null ? null : maskIdentifiers(checked.answers.freeText);
    const row = responseRow(survey!, claimed, checked.answers, {
      language: input.language ?? claimed.language,
      today: input.today,
      freeText: masked?.text ?? null,
      masked: masked ? Object.values(masked.found).reduce((a, b) => a + b, 0) : 0,
      source: { kind: 'portal' },
    });
    const [responseId] = await insertResponses(tx, [row]);
    await countResponses(tx, survey!.id, survey!.version, 1);
    let caseId: number | null = null;
    if (checked.answers.contactRequested && input.contact && isNegativeResponse(checked.answers)) {
      const opened = await openServiceRecoveryCase(tx, plan, input.contact, {
        transactionReference: claimed.transaction_reference,
        transactionPoint: claimed.transaction_point,
        partner: claimed.partner,
        language: row.language,
        drivers: [...checked.answers.negative],
        at: input.now,
      });
      caseId = opened.id;
    }
    return {
      responseId: responseId!,
      identifiersMasked: row.identifiers_masked ?? 0,
      serviceRecoveryCaseId: caseId,
    };
  });
}

export interface ResponseContext {
  readonly language: string;
  readonly today: string;
  readonly freeText: string | null;
  readonly masked: number;
  readonly source: { kind: 'portal' } | { kind: 'import'; batchId: number; externalId: string };
}

/** The response row: where the transaction happened and the answers in columns; nothing about the person. */
export function responseRow(
  survey: SurveyInstrument,
  where: Pick<InvitationRow, 'service' | 'stage' | 'transaction_point' | 'channel' | 'partner'>,
  answers: ValidAnswers,
  context: ResponseContext,
): ResponseInsert {
  const quarter = fiscalQuarterOf(context.today);
  const drivers = Object.fromEntries(
    DRIVERS.flatMap((d) => [
      [`positive_${d}`, answers.positive.has(d)],
      [`negative_${d}`, answers.negative.has(d)],
    ]),
  ) as Record<`positive_${(typeof DRIVERS)[number]}` | `negative_${(typeof DRIVERS)[number]}`, boolean>;
  return {
    survey_id: survey.id,
    survey_version: survey.version,
    survey_kind: survey.kind,
    language: context.language === 'es' ? 'es' : 'en',
    service: where.service,
    stage: where.stage,
    transaction_point: where.transaction_point,
    channel: where.channel,
    partner: where.partner,
    fiscal_year: quarter.fiscalYear,
    fiscal_quarter: quarter.quarter,
    responded_on: context.today,
    source: context.source.kind,
    import_batch_id: context.source.kind === 'import' ? context.source.batchId : null,
    external_id: context.source.kind === 'import' ? context.source.externalId : null,
    trust_scale: survey.kind === 'a11-v2' ? survey.trustScale : null,
    trust_value: answers.trustValue,
    trust_positive: answers.trustPositive,
    ...drivers,
    legacy_satisfaction: answers.legacy.satisfaction,
    legacy_trust: answers.legacy.trust,
    legacy_effectiveness: answers.legacy.effectiveness,
    legacy_ease: answers.legacy.ease,
    legacy_efficiency: answers.legacy.efficiency,
    legacy_transparency: answers.legacy.transparency,
    legacy_humanity: answers.legacy.humanity,
    legacy_employee: answers.legacy.employee,
    free_text: context.freeText,
    identifiers_masked: context.masked,
    contact_requested: answers.contactRequested,
  };
}
