// Recording a dimension's rating for the year with its evidence (program administrators only; the
// API refuses auditors). Checked before sending: each problem is named at its field and in a summary
// above the form; the API's own refusal is shown above the form too.
import { Alert, Button, Form, Grid } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-problem.ts';
import { postJson } from '../../api/client.ts';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { SelectField } from '../../forms/select-field.tsx';
import { TextAreaField } from '../../forms/textarea-field.tsx';
import { TextField } from '../../forms/text-field.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { asProblem } from './as-problem.ts';
import { MATURITY_DIMENSIONS, MATURITY_RATINGS } from './cx-labels.ts';
import {
  checkRatingForm,
  EMPTY_RATING_FORM,
  RATING_FIELDS,
  ratingBody,
  type RatingField,
} from './rating-form-values.ts';

const fieldId = (field: RatingField) => `cx-rating-${field}`;

export function RatingForm({ year, onRecorded }: { year: number; onRecorded: () => void }) {
  const { t } = useTranslation('dashboard');
  const [values, setValues] = useState(EMPTY_RATING_FORM);
  const [errors, setErrors] = useState<Partial<Record<RatingField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<ApiProblem>();
  const [saved, setSaved] = useState<string>();
  const [sending, setSending] = useState(false);
  const set = (field: RatingField) => (value: string) => setValues((old) => ({ ...old, [field]: value }));
  const label = (field: RatingField) => t(`cx.maturity.form.${field}`);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(undefined);
    const messages = Object.fromEntries(
      Object.entries(checkRatingForm(values)).map(([field, key]) => [
        field,
        t(`cx.maturity.form.errors.${key}`, { field: label(field as RatingField).toLowerCase() }),
      ]),
    ) as Partial<Record<RatingField, string>>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setSending(true);
    try {
      await postJson(`cx/maturity/${year}/ratings`, ratingBody(values));
      setProblem(undefined);
      setSaved(t('cx.maturity.form.saved', { dimension: t(`cx.maturity.dimensions.${values.dimension}`) }));
      setValues(EMPTY_RATING_FORM);
      onRecorded();
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setSending(false);
    }
  }

  const text = (field: RatingField) => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      hint={t(`cx.maturity.form.${field}Hint`)}
      value={values[field]}
      onChange={set(field)}
      error={errors[field]}
      required
    />
  );

  return (
    <section aria-labelledby="cx-rating-heading" className="margin-top-4">
      <h2 id="cx-rating-heading">{t('cx.maturity.form.heading')}</h2>
      <p>{t('cx.maturity.form.intro')}</p>
      <ErrorSummary
        area="dashboard"
        items={RATING_FIELDS.filter((field) => errors[field]).map((field) => ({
          fieldId: fieldId(field),
          message: errors[field]!,
        }))}
        attempt={attempt}
      />
      {problem ? <ProblemAlert problem={problem} /> : null}
      {saved ? (
        <Alert type="success" slim role="status">
          {saved}
        </Alert>
      ) : null}
      <Form
        onSubmit={(event) => void submit(event)}
        noValidate
        className="maxw-full"
        aria-label={t('cx.maturity.form.label')}
      >
        <Grid row gap="md">
          <Grid tablet={{ col: 6 }}>
            <SelectField
              id={fieldId('dimension')}
              label={label('dimension')}
              value={values.dimension}
              onChange={set('dimension')}
              error={errors.dimension}
              required
              placeholder={t('cx.maturity.form.choose')}
              choices={MATURITY_DIMENSIONS.map((id) => ({
                value: id,
                label: t(`cx.maturity.dimensions.${id}`),
              }))}
            />
          </Grid>
          <Grid tablet={{ col: 6 }}>
            <SelectField
              id={fieldId('rating')}
              label={label('rating')}
              value={values.rating}
              onChange={set('rating')}
              error={errors.rating}
              required
              placeholder={t('cx.maturity.form.choose')}
              choices={MATURITY_RATINGS.map((rating) => ({
                value: String(rating),
                label: t('cx.maturity.rating', { rating, label: t(`cx.maturity.scale.${rating}`) }),
              }))}
            />
          </Grid>
        </Grid>
        <TextAreaField
          id={fieldId('summary')}
          label={label('summary')}
          value={values.summary}
          onChange={set('summary')}
          maxLength={4000}
        />
        {text('evidenceLabel')}
        {text('evidenceLink')}
        <Button type="submit" disabled={sending} data-testid="cx-rating-submit">
          {t('cx.maturity.form.submit')}
        </Button>
      </Form>
    </section>
  );
}
