// What the portal's survey form shows for an invitation (docs/customer-experience.md, "Responding over
// HTTP"): the survey version the invitation offered, in one language, with its Paperwork Reduction Act
// block (44 U.S.C. 3507; 5 CFR 1320.6); never anything about the person. The same checks as a response:
// an unknown token, a used invitation, an expired survey or invitation are refused. And the list of
// instruments and versions with their response counts and whether each collects today.
import { surveyCollecting } from '../../rules/cx/survey-collecting.ts';
import {
  DRIVERS,
  LEGACY_QUESTIONS,
  surveyInstrument,
  type Language,
  type SurveyInstrument,
} from '../../rules/cx/survey-instrument.ts';
import { readInvitationByTokenHash } from '../../storage/cx/invitations.ts';
import { listSurveyVersions } from '../../storage/cx/survey-versions.ts';
import type { Executor } from '../../storage/executor.ts';
import { tokenHash } from './cx-keys.ts';
import { checkInvitation, invitedSurvey } from './respond-to-invitation.ts';

export interface Choice {
  readonly value: string | number;
  readonly label: string;
}

export interface SurveyForm {
  readonly surveyId: string;
  readonly version: string;
  readonly kind: SurveyInstrument['kind'];
  readonly language: Language;
  readonly title: string;
  readonly pra: {
    readonly ombControlNumber: string;
    readonly expiresOn: string;
    readonly burdenMinutes: number;
    readonly burdenStatement: string;
  };
  /** The questions in the order asked: id, text and the answer choices (none for free text). */
  readonly questions: readonly {
    readonly id: string;
    readonly text: string;
    readonly kind: 'single' | 'multiple' | 'text' | 'contact';
    readonly choices: readonly Choice[];
  }[];
  /** Free text is kept at most this long (longer is refused). */
  readonly freeTextMaxChars: number;
  /**
   * On the 5-point trust scale, the lowest answer counted positive: "What went well?" follows it and
   * above, "What didn't go so well?" below. Null on the thumbs scale (up is positive) and the legacy set.
   */
  readonly trustPositiveFrom: number | null;
}

/** The form in `language` (default: the invitation's own). */
export function surveyForm(
  survey: SurveyInstrument,
  language: Language,
  freeTextMaxChars: number,
): SurveyForm {
  const pra = {
    ombControlNumber: survey.pra.ombControlNumber,
    expiresOn: survey.pra.expiresOn,
    burdenMinutes: survey.pra.burdenMinutes,
    burdenStatement: survey.pra.burdenStatement[language],
  };
  const common = {
    surveyId: survey.id,
    version: survey.version,
    kind: survey.kind,
    language,
    title: survey.title[language],
    pra,
    freeTextMaxChars,
    trustPositiveFrom:
      survey.kind === 'a11-v2' && survey.trustScale !== 'thumbs' ? survey.positiveFrom : null,
  };
  const tail = [
    { id: 'text', text: survey.questions.freeText[language], kind: 'text' as const, choices: [] },
    { id: 'contact', text: survey.questions.contact[language], kind: 'contact' as const, choices: [] },
  ];
  if (survey.kind === 'a11-v2') {
    const drivers = DRIVERS.map((d) => ({ value: d, label: survey.questions.drivers[d][language] }));
    const trust: Choice[] =
      survey.trustScale === 'thumbs'
        ? [
            { value: 'up', label: '👍' },
            { value: 'down', label: '👎' },
          ]
        : [1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }));
    return {
      ...common,
      questions: [
        { id: 'trust', text: survey.questions.trust[language], kind: 'single', choices: trust },
        { id: 'positive', text: survey.questions.positive[language], kind: 'multiple', choices: drivers },
        { id: 'negative', text: survey.questions.negative[language], kind: 'multiple', choices: drivers },
        ...tail,
      ],
    };
  }
  const scale = ([1, 2, 3, 4, 5] as const).map((n) => ({ value: n, label: survey.scale[n][language] }));
  return {
    ...common,
    questions: [
      ...LEGACY_QUESTIONS.map((q) => ({
        id: `legacy.${q}`,
        text: survey.questions[q][language],
        kind: 'single' as const,
        choices: scale,
      })),
      ...tail,
    ],
  };
}

/** The form an invitation offers; NOT_FOUND, INVITATION_USED, SURVEY_EXPIRED or INVITATION_EXPIRED otherwise. */
export async function invitationSurvey(
  executor: Executor,
  input: { token: string; language?: Language | undefined; today: string; freeTextMaxChars: number },
): Promise<SurveyForm> {
  const invitation = await readInvitationByTokenHash(executor, tokenHash(input.token));
  const survey = invitation ? await invitedSurvey(executor, invitation) : undefined;
  checkInvitation(invitation, survey, input.today);
  const language = input.language ?? (invitation!.language === 'es' ? 'es' : 'en');
  return surveyForm(survey!, language, input.freeTextMaxChars);
}

export interface SurveyVersionSummary {
  readonly surveyId: string;
  readonly version: string;
  readonly kind: string;
  readonly ombControlNumber: string;
  readonly expiresOn: string;
  readonly responseCount: number;
  readonly collecting: boolean;
  readonly explanation: string;
}

/** Every registered instrument version, with its response count and whether it collects on `today`. */
export async function listSurveys(executor: Executor, today: string): Promise<SurveyVersionSummary[]> {
  const rows = await listSurveyVersions(executor);
  return rows.map((row) => {
    const survey = surveyInstrument.parse(row.content);
    const collecting = surveyCollecting(survey, today);
    return {
      surveyId: row.survey_id,
      version: row.version,
      kind: row.kind,
      ombControlNumber: row.omb_control_number,
      expiresOn: survey.pra.expiresOn,
      responseCount: Number(row.response_count),
      collecting: collecting.outcome === 'collecting',
      explanation: collecting.explanation,
    };
  });
}
