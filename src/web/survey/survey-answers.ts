// The survey form's answers as the page keeps them, and the pure steps around them: which "what went
// well" question follows the trust answer, the body sent to POST /cx/invitations/:token/response, the
// server's field problems mapped onto the form's fields, and what a refusal means for the page
// (docs/customer-experience.md, "Responding over HTTP").
import type { ApiProblem } from '../api/api-problem.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import type { SurveyFormView, SurveyQuestion } from './survey-types.ts';

export type ContactMethod = 'none' | 'phone' | 'email';

export interface SurveyAnswers {
  /** The chosen value of each single-choice question ("up", "down", "1" to "5"), by question id. */
  readonly single: Readonly<Record<string, string>>;
  /** The drivers checked under "what went well" and "what didn't go so well". */
  readonly positive: readonly string[];
  readonly negative: readonly string[];
  readonly text: string;
  readonly contactMethod: ContactMethod;
  readonly contactValue: string;
}

export const NO_ANSWERS: SurveyAnswers = {
  single: {},
  positive: [],
  negative: [],
  text: '',
  contactMethod: 'none',
  contactValue: '',
};

/** A field of the form that a problem can be named at: a question's id, or "contact". */
export type SurveyField = string;

/** Whether the trust answer counts positive (thumbs up, or at least the scale's positive point); null unanswered. */
export function trustPositive(form: SurveyFormView, trust: string | undefined): boolean | null {
  if (trust === undefined || trust === '') return null;
  if (form.trustPositiveFrom === null) return trust === 'up';
  return Number(trust) >= form.trustPositiveFrom;
}

/**
 * The questions to show now, in order: the driver question that follows the trust answer ("what went
 * well" after a positive one, "what didn't go so well" after a negative one), none before it is given.
 */
export function shownQuestions(form: SurveyFormView, answers: SurveyAnswers): SurveyQuestion[] {
  const positive = trustPositive(form, answers.single.trust);
  return form.questions.filter((question) => {
    if (question.id === 'positive') return positive === true;
    if (question.id === 'negative') return positive === false;
    return true;
  });
}

export interface ResponseBody {
  trust?: 'up' | 'down' | number;
  positive: string[];
  negative: string[];
  legacy: Record<string, number>;
  text?: string;
  contact?: { phone: string } | { email: string };
  language: string;
}

/** What is sent: only the answers given, and only the drivers of the question shown. */
export function responseBodyOf(form: SurveyFormView, answers: SurveyAnswers): ResponseBody {
  const positive = trustPositive(form, answers.single.trust);
  const body: ResponseBody = {
    positive: positive === true ? [...answers.positive] : [],
    negative: positive === false ? [...answers.negative] : [],
    legacy: {},
    language: form.language,
  };
  for (const [id, value] of Object.entries(answers.single)) {
    if (!value) continue;
    if (id === 'trust') body.trust = value === 'up' || value === 'down' ? value : Number(value);
    else if (id.startsWith('legacy.')) body.legacy[id.slice('legacy.'.length)] = Number(value);
  }
  const text = answers.text.trim();
  if (text) body.text = text;
  const contact = answers.contactValue.trim();
  if (answers.contactMethod === 'phone') body.contact = { phone: contact };
  if (answers.contactMethod === 'email') body.contact = { email: contact };
  return body;
}

/** The problems found before sending: a way to be contacted was chosen but not given. */
export function localProblems(answers: SurveyAnswers): FieldErrors<SurveyField> {
  if (answers.contactMethod !== 'none' && answers.contactValue.trim() === '')
    return { contact: `errors.contact.${answers.contactMethod}` };
  return {};
}

/**
 * The form's field a server problem names: "body.text" and "freeText" are the comment, "body.contact.email"
 * the contact, "positive[2]" the drivers, "legacy" the first statement; null when no field fits.
 */
export function fieldOfPath(form: SurveyFormView, path: string): SurveyField | null {
  const bare = path.replace(/^body\./, '').replace(/\[\d+\]$/, '');
  if (bare === 'text' || bare === 'freeText') return 'text';
  if (bare === 'contact' || bare.startsWith('contact.')) return 'contact';
  if (bare === 'legacy') return form.questions.find((q) => q.id.startsWith('legacy.'))?.id ?? null;
  return form.questions.some((q) => q.id === bare) ? bare : null;
}

/** The translation key naming what to fix in a field. */
function messageKey(field: SurveyField, path: string, answers: SurveyAnswers): string {
  if (field === 'contact') return `errors.contact.${answers.contactMethod === 'email' ? 'email' : 'phone'}`;
  if (field === 'text') return 'errors.text';
  if (field === 'trust') return 'errors.trust';
  if (field === 'positive' || field === 'negative') return 'errors.drivers';
  return /^(body\.)?legacy$/.test(path) ? 'errors.legacyNone' : 'errors.legacy';
}

/** The server's 400 as messages at the form's fields (the first problem of each field). */
export function serverProblems(
  form: SurveyFormView,
  problem: ApiProblem | undefined,
  answers: SurveyAnswers,
): FieldErrors<SurveyField> {
  const errors: FieldErrors<SurveyField> = {};
  if (problem?.status !== 400) return errors;
  for (const { path } of problem.errors) {
    const field = fieldOfPath(form, path);
    if (field !== null && errors[field] === undefined) errors[field] = messageKey(field, path, answers);
  }
  return errors;
}

/** What a refusal means for the page: a page of its own, or a problem to show above the form. */
export type SurveyRefusal = 'notFound' | 'used' | 'invitationExpired' | 'surveyExpired';

export function refusalOf(problem: ApiProblem | undefined): SurveyRefusal | null {
  if (!problem) return null;
  if (problem.status === 404) return 'notFound';
  if (problem.code === 'INVITATION_USED') return 'used';
  if (problem.code === 'SURVEY_EXPIRED') return 'surveyExpired';
  if (problem.status === 410) return 'invitationExpired';
  return null;
}

/** The id of the control a field's error summary link moves focus to. */
export function fieldIdOf(field: SurveyField): string {
  if (field === 'contact') return 'survey-contact-value';
  return `survey-${field.replace(/\W+/g, '-')}`;
}
