// The survey form's pure steps: which driver question follows the trust answer on each scale, the body
// sent, the server's field problems mapped onto the form, a missing contact caught before sending, and
// what a refusal means for the page.
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/api-problem.ts';
import {
  fieldIdOf,
  fieldOfPath,
  localProblems,
  NO_ANSWERS,
  refusalOf,
  responseBodyOf,
  serverProblems,
  shownQuestions,
  trustPositive,
  type SurveyAnswers,
} from './survey-answers.ts';
import type { SurveyFormView, SurveyQuestion } from './survey-types.ts';

const drivers = ['ease', 'employee', 'other'].map((value) => ({ value, label: value }));
const question = (id: string, kind: SurveyQuestion['kind'], choices = drivers): SurveyQuestion => ({
  id,
  text: id,
  kind,
  choices,
});

const THUMBS: SurveyFormView = {
  surveyId: 'a11-v2',
  version: '2026.1',
  kind: 'a11-v2',
  language: 'es',
  title: 'Díganos cómo le fue',
  pra: { ombControlNumber: '3206-0000', expiresOn: '2027-09-30', burdenMinutes: 2, burdenStatement: '…' },
  questions: [
    question('trust', 'single', [
      { value: 'up', label: '👍' },
      { value: 'down', label: '👎' },
    ]),
    question('positive', 'multiple'),
    question('negative', 'multiple'),
    question('text', 'text', []),
    question('contact', 'contact', []),
  ],
  freeTextMaxChars: 2000,
  trustPositiveFrom: null,
};
const FIVE: SurveyFormView = { ...THUMBS, trustPositiveFrom: 4 };
const LEGACY: SurveyFormView = {
  ...THUMBS,
  kind: 'a11-legacy',
  questions: [question('legacy.satisfaction', 'single'), question('legacy.trust', 'single')],
};

const answers = (change: Partial<SurveyAnswers>): SurveyAnswers => ({ ...NO_ANSWERS, ...change });
const ids = (form: SurveyFormView, a: SurveyAnswers) => shownQuestions(form, a).map((q) => q.id);

describe('the questions shown', () => {
  it('show no driver question before the trust answer, then the one it calls for', () => {
    expect(ids(THUMBS, NO_ANSWERS)).toEqual(['trust', 'text', 'contact']);
    expect(ids(THUMBS, answers({ single: { trust: 'up' } }))).toEqual([
      'trust',
      'positive',
      'text',
      'contact',
    ]);
    expect(ids(THUMBS, answers({ single: { trust: 'down' } }))).toEqual([
      'trust',
      'negative',
      'text',
      'contact',
    ]);
  });

  it('count the 5-point answer positive from the survey’s point', () => {
    expect(trustPositive(FIVE, '3')).toBe(false);
    expect(trustPositive(FIVE, '4')).toBe(true);
    expect(trustPositive(FIVE, undefined)).toBeNull();
    expect(trustPositive(THUMBS, 'down')).toBe(false);
  });
});

describe('the body sent', () => {
  it('holds the answers given, the drivers of the question shown and the page’s language', () => {
    const body = responseBodyOf(
      THUMBS,
      answers({ single: { trust: 'up' }, positive: ['ease'], negative: ['other'], text: '  Bien.  ' }),
    );
    expect(body).toEqual({
      trust: 'up',
      positive: ['ease'],
      negative: [],
      legacy: {},
      text: 'Bien.',
      language: 'es',
    });
  });

  it('sends the 5-point and legacy answers as numbers, and the contact asked for', () => {
    expect(responseBodyOf(FIVE, answers({ single: { trust: '2' }, negative: ['ease'] }))).toMatchObject({
      trust: 2,
      negative: ['ease'],
      positive: [],
    });
    expect(
      responseBodyOf(
        LEGACY,
        answers({ single: { 'legacy.trust': '5' }, contactMethod: 'email', contactValue: ' a@b.example ' }),
      ),
    ).toEqual({
      positive: [],
      negative: [],
      legacy: { trust: 5 },
      contact: { email: 'a@b.example' },
      language: 'es',
    });
  });
});

describe('problems', () => {
  it('catch a way to be contacted chosen but not given', () => {
    expect(localProblems(answers({ contactMethod: 'phone' }))).toEqual({ contact: 'errors.contact.phone' });
    expect(localProblems(answers({ contactMethod: 'email', contactValue: 'x@y.example' }))).toEqual({});
  });

  it('map the server’s paths onto the form’s fields', () => {
    expect(fieldOfPath(THUMBS, 'trust')).toBe('trust');
    expect(fieldOfPath(THUMBS, 'positive[1]')).toBe('positive');
    expect(fieldOfPath(THUMBS, 'freeText')).toBe('text');
    expect(fieldOfPath(THUMBS, 'body.text')).toBe('text');
    expect(fieldOfPath(THUMBS, 'body.contact.email')).toBe('contact');
    expect(fieldOfPath(LEGACY, 'legacy')).toBe('legacy.satisfaction');
    expect(fieldOfPath(LEGACY, 'legacy.trust')).toBe('legacy.trust');
    expect(fieldOfPath(THUMBS, 'language')).toBeNull();
  });

  it('name each field of a 400 once, in words of the reader’s language', () => {
    const problem = new ApiProblem({
      status: 400,
      code: 'INVALID_INPUT',
      detail: 'the answers were not recorded',
      errors: [
        { path: 'trust', message: 'is required' },
        { path: 'body.contact.phone', message: 'too short' },
        { path: 'body.contact', message: 'again' },
      ],
    });
    expect(serverProblems(THUMBS, problem, answers({ contactMethod: 'phone' }))).toEqual({
      trust: 'errors.trust',
      contact: 'errors.contact.phone',
    });
    const legacy = new ApiProblem({ ...problem, errors: [{ path: 'legacy', message: 'answer one' }] });
    expect(serverProblems(LEGACY, legacy, NO_ANSWERS)).toEqual({
      'legacy.satisfaction': 'errors.legacyNone',
    });
    expect(
      serverProblems(THUMBS, new ApiProblem({ status: 429, code: 'RATE_LIMITED', detail: '' }), NO_ANSWERS),
    ).toEqual({});
  });

  it('give each field the id its summary link focuses', () => {
    expect(fieldIdOf('trust')).toBe('survey-trust');
    expect(fieldIdOf('legacy.trust')).toBe('survey-legacy-trust');
    expect(fieldIdOf('contact')).toBe('survey-contact-value');
  });
});

describe('refusals', () => {
  const refused = (status: number, code: string) => refusalOf(new ApiProblem({ status, code, detail: '' }));
  it('have pages of their own for an unknown, used or expired invitation and a closed survey', () => {
    expect(refused(404, 'NOT_FOUND')).toBe('notFound');
    expect(refused(409, 'INVITATION_USED')).toBe('used');
    expect(refused(410, 'INVITATION_EXPIRED')).toBe('invitationExpired');
    expect(refused(410, 'SURVEY_EXPIRED')).toBe('surveyExpired');
    expect(refused(400, 'INVALID_INPUT')).toBeNull();
    expect(refusalOf(undefined)).toBeNull();
  });
});
