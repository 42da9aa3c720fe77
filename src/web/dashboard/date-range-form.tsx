// From and To for a dashboard table: two fields written YYYY-MM-DD, checked when applied; each problem
// is named at its field and in a summary above the form, and the range applies only when both are
// right. Clear shows every day again.
import { Button, ButtonGroup, Fieldset, Form, Grid } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { TextField } from '../forms/text-field.tsx';
import { checkDateRange, NO_RANGE, type DateRange, type DateRangeField } from './date-range.ts';

const FIELDS: readonly DateRangeField[] = ['from', 'to'];

export function DateRangeForm({
  id,
  legend,
  initial = NO_RANGE,
  onApply,
}: {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  legend: string;
  initial?: DateRange;
  onApply: (range: DateRange) => void;
}) {
  const { t } = useTranslation('dashboard');
  const [values, setValues] = useState<DateRange>(initial);
  const [errors, setErrors] = useState<Partial<Record<DateRangeField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const fieldId = (field: DateRangeField) => `${id}-${field}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkDateRange(values);
    const messages: Partial<Record<DateRangeField, string>> = {};
    for (const field of FIELDS) {
      const problem = problems[field];
      if (problem) messages[field] = t(`dateRange.errors.${problem}`, { field: t(`dateRange.${field}`) });
    }
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply({ from: values.from.trim(), to: values.to.trim() });
  }

  function clear() {
    setValues(NO_RANGE);
    setErrors({});
    onApply(NO_RANGE);
  }

  return (
    <>
      <ErrorSummary
        area="dashboard"
        items={FIELDS.filter((field) => errors[field]).map((field) => ({
          fieldId: fieldId(field),
          message: errors[field]!,
        }))}
        attempt={attempt}
      />
      <Form onSubmit={submit} noValidate className="maxw-full margin-bottom-3" aria-label={legend}>
        <Fieldset legend={legend}>
          <Grid row gap="md">
            {FIELDS.map((field) => (
              <Grid key={field} tablet={{ col: 6 }}>
                <TextField
                  id={fieldId(field)}
                  label={t(`dateRange.${field}`)}
                  hint={t('dateRange.hint')}
                  value={values[field]}
                  onChange={(value) => setValues((old) => ({ ...old, [field]: value }))}
                  error={errors[field]}
                />
              </Grid>
            ))}
          </Grid>
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" data-testid={`${id}-apply`}>
            {t('dateRange.apply')}
          </Button>
          <Button type="button" outline onClick={clear}>
            {t('dateRange.clear')}
          </Button>
        </ButtonGroup>
      </Form>
    </>
  );
}
