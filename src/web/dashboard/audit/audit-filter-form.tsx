// The audit log's filters: a person, a user, allowed or refused, a range of days, and why the log is
// being read (recorded with the read). Checked before asking; each problem is named at its field and
// in a summary above the form.
import { Button, Fieldset, Form, Grid } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { SelectField } from '../../forms/select-field.tsx';
import { TextField } from '../../forms/text-field.tsx';
import {
  AUDIT_FIELDS,
  checkAuditFilters,
  PAGE_SIZES,
  type AuditField,
  type AuditFilters,
} from './audit-query.ts';

const fieldId = (field: AuditField) => `audit-${field}`;

export function AuditFilterForm({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('dashboard');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<AuditField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof AuditFilters) => (value: string) =>
    setValues((old) => ({ ...old, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkAuditFilters(values);
    const messages = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [
        field,
        t(`audit.errors.${key}`, { field: t(`audit.fields.${field}`) }),
      ]),
    ) as Partial<Record<AuditField, string>>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply(values);
  }

  const field = (name: AuditField, inputMode?: 'numeric') => (
    <TextField
      id={fieldId(name)}
      label={t(`audit.fields.${name}`)}
      hint={t(`audit.hints.${name}`)}
      value={values[name]}
      onChange={set(name)}
      error={errors[name]}
      inputMode={inputMode}
    />
  );

  return (
    <>
      <ErrorSummary
        area="dashboard"
        items={AUDIT_FIELDS.filter((name) => errors[name]).map((name) => ({
          fieldId: fieldId(name),
          message: errors[name]!,
        }))}
        attempt={attempt}
      />
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('audit.filtersLabel')}>
        <Fieldset legend={t('audit.filtersLegend')} legendStyle="large">
          <Grid row gap="md">
            <Grid tablet={{ col: 6 }}>{field('personId', 'numeric')}</Grid>
            <Grid tablet={{ col: 6 }}>{field('subject')}</Grid>
            <Grid tablet={{ col: 6 }}>{field('from')}</Grid>
            <Grid tablet={{ col: 6 }}>{field('to')}</Grid>
            <Grid tablet={{ col: 6 }}>
              <SelectField
                id="audit-outcome"
                name="outcome"
                label={t('audit.fields.outcome')}
                value={values.outcome}
                onChange={set('outcome')}
                placeholder={t('audit.outcomes.any')}
                choices={(['allowed', 'refused'] as const).map((outcome) => ({
                  value: outcome,
                  label: t(`audit.outcomes.${outcome}`),
                }))}
              />
            </Grid>
            <Grid tablet={{ col: 6 }}>
              <SelectField
                id="audit-limit"
                name="limit"
                label={t('audit.fields.limit')}
                value={values.limit}
                onChange={set('limit')}
                choices={PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }))}
              />
            </Grid>
          </Grid>
          {field('purpose')}
        </Fieldset>
        <Button type="submit" data-testid="audit-apply">
          {t('audit.apply')}
        </Button>
      </Form>
    </>
  );
}
