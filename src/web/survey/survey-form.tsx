// The survey form: the survey's title, what the answers are for, the questions in the survey's order
// (the trust question, then "what went well" or "what didn't go so well" as the trust answer says, then
// the comment and the optional way to be contacted), the button, and the Paperwork Reduction Act
// statement. Problems are named at their fields and in the error summary, which takes focus.
import { Button, Form } from '@trussworks/react-uswds';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-problem.ts';
import { ErrorSummary } from '../forms/error-summary.tsx';
import type { FieldErrors } from '../forms/field-errors.ts';
import { fieldMessages } from '../forms/field-messages.ts';
import { useFormat } from '../i18n/format.ts';
import { PageTitle } from '../layout/page-title.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import { fieldIdOf, shownQuestions, type SurveyAnswers, type SurveyField } from './survey-answers.ts';
import { ChoiceQuestion, CommentQuestion, ContactQuestion, DriverQuestion } from './survey-questions.tsx';
import type { SurveyFormView, SurveyQuestion } from './survey-types.ts';

export interface SurveyFormProps {
  readonly form: SurveyFormView;
  readonly answers: SurveyAnswers;
  readonly onChange: (answers: SurveyAnswers) => void;
  readonly errors: FieldErrors<SurveyField>;
  /** A refusal no field explains (too many requests, no network), shown above the form. */
  readonly problem: ApiProblem | undefined;
  readonly attempt: number;
  readonly pending: boolean;
  readonly onSubmit: () => void;
}

export function SurveyForm(props: SurveyFormProps) {
  const { form, answers, onChange, errors, problem, attempt, pending, onSubmit } = props;
  const { t } = useTranslation('survey');
  const format = useFormat();
  const shown = shownQuestions(form, answers);
  const messages = fieldMessages(
    errors,
    shown.map((q) => q.id),
    fieldIdOf,
    (key) => t(key),
  );
  const set = (change: Partial<SurveyAnswers>) => onChange({ ...answers, ...change });

  const question = (q: SurveyQuestion) => {
    const error = messages.message(q.id);
    switch (q.kind) {
      case 'single':
        return (
          <ChoiceQuestion
            key={q.id}
            question={q}
            value={answers.single[q.id]}
            error={error}
            onChange={(value) => set({ single: { ...answers.single, [q.id]: value } })}
          />
        );
      case 'multiple': {
        const key = q.id === 'negative' ? 'negative' : 'positive';
        return (
          <DriverQuestion
            key={q.id}
            question={q}
            checked={answers[key]}
            error={error}
            onChange={(checked) => set({ [key]: checked })}
          />
        );
      }
      case 'text':
        return (
          <CommentQuestion
            key={q.id}
            form={form}
            question={q}
            value={answers.text}
            error={error}
            onChange={(text) => set({ text })}
          />
        );
      case 'contact':
        return (
          <ContactQuestion
            key={q.id}
            question={q}
            method={answers.contactMethod}
            value={answers.contactValue}
            error={error}
            onChange={(contactMethod, contactValue) => set({ contactMethod, contactValue })}
          />
        );
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <>
      <PageTitle>{form.title}</PageTitle>
      <p className="usa-intro">{t('intro')}</p>
      <p className="font-sans-2xs text-base">
        {t('control', { number: form.pra.ombControlNumber, date: format.date(form.pra.expiresOn) })}
      </p>
      <ErrorSummary area="survey" items={messages.summary} attempt={attempt} />
      {problem ? <ProblemAlert problem={problem} heading={t('errors.sendHeading')} /> : null}
      <Form onSubmit={submit} noValidate className="maxw-tablet" aria-label={form.title}>
        <p className="margin-bottom-0">{t('required')}</p>
        {shown.map(question)}
        <Button type="submit" disabled={pending} className="margin-top-4" data-testid="survey-submit">
          {pending ? t('sending') : t('submit')}
        </Button>
      </Form>
      <section aria-labelledby="survey-pra-heading" className="margin-top-6 maxw-tablet">
        <h2 id="survey-pra-heading" className="font-sans-md">
          {t('pra.heading')}
        </h2>
        <p>
          {t('pra.control', { number: form.pra.ombControlNumber, date: format.date(form.pra.expiresOn) })}{' '}
          {t('pra.burden', { count: form.pra.burdenMinutes })}
        </p>
        <p className="font-sans-2xs">{form.pra.burdenStatement}</p>
      </section>
    </>
  );
}
