// A response's answers checked against its instrument (OMB Circular A-11, Section 280). A-11 v2: the
// trust question first (thumbs up or down, or 1-5), then "What went well?" after a positive answer or
// "What didn't go so well?" after a negative one, so positive drivers only follow a positive trust
// answer and negative drivers only a negative one. The legacy set: each of the eight statements on
// the 1 (strongly disagree) to 5 (strongly agree) scale, used without modification. Every problem
// names its field; answering any question is voluntary, except that a v2 response starts with trust.
import {
  DRIVERS,
  LEGACY_QUESTIONS,
  type Driver,
  type LegacyQuestion,
  type SurveyInstrument,
} from './survey-instrument.ts';

export const ANSWER_CITATIONS = ['OMB Circular A-11, Section 280'] as const;

export interface SurveyAnswers {
  /** A-11 v2: 'up' or 'down' on the thumbs scale, 1..5 on the five-point one (anything else is refused). */
  readonly trust?: string | number | null | undefined;
  readonly positive?: readonly string[] | undefined;
  readonly negative?: readonly string[] | undefined;
  /** The legacy set: statement → 1..5. */
  readonly legacy?: Readonly<Partial<Record<string, number | null>>> | undefined;
  readonly freeText?: string | null | undefined;
  readonly contactRequested?: boolean | undefined;
}

export interface ValidAnswers {
  readonly kind: SurveyInstrument['kind'];
  /** Thumbs: 1 up, 0 down; five-point: 1..5; null for the legacy set. */
  readonly trustValue: number | null;
  /** Whether the trust answer counts positive (v2), or null. */
  readonly trustPositive: boolean | null;
  readonly positive: ReadonlySet<Driver>;
  readonly negative: ReadonlySet<Driver>;
  readonly legacy: Readonly<Record<LegacyQuestion, number | null>>;
  readonly freeText: string | null;
  readonly contactRequested: boolean;
}

export interface AnswerProblem {
  readonly field: string;
  readonly message: string;
}

export type AnswerCheck = { ok: true; answers: ValidAnswers } | { ok: false; problems: AnswerProblem[] };

const NO_LEGACY = Object.fromEntries(LEGACY_QUESTIONS.map((q) => [q, null])) as Record<LegacyQuestion, null>;

function drivers(
  field: string,
  values: readonly string[] | undefined,
  problems: AnswerProblem[],
): Set<Driver> {
  const chosen = new Set<Driver>();
  (values ?? []).forEach((value, i) => {
    if ((DRIVERS as readonly string[]).includes(value)) chosen.add(value as Driver);
    else
      problems.push({
        field: `${field}[${i}]`,
        message: `"${value}" is not a driver (${DRIVERS.join(', ')})`,
      });
  });
  return chosen;
}

/** Whether a trust answer counts positive: thumbs up, or at least `positiveFrom` on the 1-5 scale. */
export function trustIsPositive(survey: SurveyInstrument, value: number): boolean {
  if (survey.kind !== 'a11-v2') return false;
  return survey.trustScale === 'thumbs' ? value === 1 : value >= survey.positiveFrom;
}

function trustValue(
  survey: SurveyInstrument & { kind: 'a11-v2' },
  trust: SurveyAnswers['trust'],
): number | string {
  if (trust === undefined || trust === null) return 'is required: the survey starts with the trust question';
  if (survey.trustScale === 'thumbs') {
    if (trust === 'up') return 1;
    if (trust === 'down') return 0;
    return 'must be "up" or "down" (thumbs)';
  }
  if (typeof trust === 'number' && Number.isInteger(trust) && trust >= 1 && trust <= 5) return trust;
  return 'must be a whole number from 1 to 5';
}

function checkV2(
  survey: SurveyInstrument & { kind: 'a11-v2' },
  answers: SurveyAnswers,
  problems: AnswerProblem[],
): Omit<ValidAnswers, 'freeText' | 'contactRequested'> {
  const positive = drivers('positive', answers.positive, problems);
  const negative = drivers('negative', answers.negative, problems);
  if (answers.legacy !== undefined && Object.keys(answers.legacy).length > 0)
    problems.push({ field: 'legacy', message: 'the A-11 v2 survey has no legacy statements' });
  const value = trustValue(survey, answers.trust);
  if (typeof value === 'string') {
    problems.push({ field: 'trust', message: value });
    return {
      kind: survey.kind,
      trustValue: null,
      trustPositive: null,
      positive,
      negative,
      legacy: NO_LEGACY,
    };
  }
  const isPositive = trustIsPositive(survey, value);
  if (!isPositive && positive.size > 0)
    problems.push({ field: 'positive', message: '"What went well?" follows only a positive trust answer' });
  if (isPositive && negative.size > 0)
    problems.push({
      field: 'negative',
      message: '"What didn\'t go so well?" follows only a negative trust answer',
    });
  return {
    kind: survey.kind,
    trustValue: value,
    trustPositive: isPositive,
    positive,
    negative,
    legacy: NO_LEGACY,
  };
}

function checkLegacy(
  answers: SurveyAnswers,
  problems: AnswerProblem[],
): Omit<ValidAnswers, 'freeText' | 'contactRequested'> {
  for (const field of ['trust', 'positive', 'negative'] as const) {
    const value = answers[field];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
      problems.push({ field, message: 'the legacy question set has no A-11 v2 questions' });
  }
  const legacy: Record<LegacyQuestion, number | null> = { ...NO_LEGACY };
  for (const [question, value] of Object.entries(answers.legacy ?? {})) {
    if (!(LEGACY_QUESTIONS as readonly string[]).includes(question)) {
      problems.push({
        field: `legacy.${question}`,
        message: `is not a statement (${LEGACY_QUESTIONS.join(', ')})`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (Number.isInteger(value) && value >= 1 && value <= 5) legacy[question as LegacyQuestion] = value;
    else problems.push({ field: `legacy.${question}`, message: 'must be a whole number from 1 to 5' });
  }
  return {
    kind: 'a11-legacy',
    trustValue: null,
    trustPositive: null,
    positive: new Set(),
    negative: new Set(),
    legacy,
  };
}

/** The answers, normalized, or every problem by field. */
export function validateAnswers(
  survey: SurveyInstrument,
  answers: SurveyAnswers,
  freeTextMaxChars: number,
): AnswerCheck {
  const problems: AnswerProblem[] = [];
  const checked =
    survey.kind === 'a11-v2' ? checkV2(survey, answers, problems) : checkLegacy(answers, problems);
  const text = answers.freeText?.trim() ?? '';
  if (text.length > freeTextMaxChars)
    problems.push({ field: 'freeText', message: `is longer than ${freeTextMaxChars} characters` });
  if (
    problems.length === 0 &&
    survey.kind === 'a11-legacy' &&
    Object.values(checked.legacy).every((v) => v === null) &&
    text === ''
  )
    problems.push({ field: 'legacy', message: 'answer at least one statement or give feedback in words' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    answers: {
      ...checked,
      freeText: text === '' ? null : text,
      contactRequested: answers.contactRequested === true,
    },
  };
}

/** A response is negative when its trust answer is (v2), or when its trust statement is 1 or 2 (legacy). */
export function isNegativeResponse(answers: ValidAnswers): boolean {
  if (answers.kind === 'a11-v2') return answers.trustPositive === false;
  const trust = answers.legacy.trust ?? answers.legacy.satisfaction;
  return trust !== null && trust <= 2;
}
