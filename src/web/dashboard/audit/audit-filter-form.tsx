// The audit log's filters: a person, a user, allowed or refused, a range of days, and why the log is
// being read (recorded with the read). Checked before asking; each problem is named at its field and
// in a summary above the form.
import { Button, Fieldset, Form, FormGroup, Grid, Label, Select } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../error-summary.tsx';
import { TextField } from '../text-field.tsx';
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
        problems={AUDIT_FIELDS.filter((name) => errors[name]).map((name) => ({
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
              <FormGroup>
                <Label htmlFor="audit-outcome">{t('audit.fields.outcome')}</Label>
                <Select
                  id="audit-outcome"
                  name="outcome"
                  value={values.outcome}
                  onChange={(event) => set('outcome')(event.target.value)}
                >
                  <option value="">{t('audit.outcomes.any')}</option>
                  <option value="allowed">{t('audit.outcomes.allowed')}</option>
                  <option value="refused">{t('audit.outcomes.refused')}</option>
                </Select>
              </FormGroup>
            </Grid>
            <Grid tablet={{ col: 6 }}>
              <FormGroup>
                <Label htmlFor="audit-limit">{t('audit.fields.limit')}</Label>
                <Select
                  id="audit-limit"
                  name="limit"
                  value={values.limit}
                  onChange={(event) => set('limit')(event.target.value)}
                >
                  {PAGE_SIZES.map((size) => (
                    <option key={size} value={size}>
                      {size}
                    </option>
                  ))}
                </Select>
              </FormGroup>
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
