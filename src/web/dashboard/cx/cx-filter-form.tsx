// The CX dashboard's filters: the days, week or month, partner and channel, as USWDS form controls.
// Checked before the address changes; each problem is named at its field and in a summary above.
import { Button, Fieldset, Form, Grid } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { SelectField } from '../../forms/select-field.tsx';
import { TextField } from '../../forms/text-field.tsx';
import { BUCKETS, checkCxFilters, type CxField, type CxFilters } from './cx-query.ts';

const fieldId = (field: CxField) => `cx-${field}`;

export function CxFilterForm({
  initial,
  choices,
  onApply,
}: {
  initial: CxFilters;
  choices: { readonly partners: readonly string[]; readonly channels: readonly string[] };
  onApply: (filters: CxFilters) => void;
}) {
  const { t } = useTranslation('dashboard');
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<CxField, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const set = (field: keyof CxFilters) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const messages = Object.fromEntries(
      Object.entries(checkCxFilters(values)).map(([field, key]) => [
        field,
        t(`cx.filters.errors.${key}`, { field: t(`cx.filters.${field}`) }),
      ]),
    ) as Partial<Record<CxField, string>>;
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    onApply(values);
  }

  const day = (name: CxField) => (
    <TextField
      id={fieldId(name)}
      label={t(`cx.filters.${name}`)}
      hint={t('cx.filters.dateHint')}
      value={values[name]}
      onChange={set(name)}
      error={errors[name]}
    />
  );

  /** A drop-down list of ids named in the reader's language, with "All" first unless `any` is false. */
  const list = (
    name: 'bucket' | 'partner' | 'channel',
    ids: readonly string[],
    label: (id: string) => string,
    any = true,
  ) => (
    <SelectField
      id={`cx-${name}`}
      name={name}
      label={t(`cx.filters.${name}`)}
      value={values[name]}
      onChange={set(name)}
      placeholder={any ? t('cx.filters.any') : undefined}
      choices={ids.map((id) => ({ value: id, label: label(id) }))}
    />
  );

  return (
    <>
      <ErrorSummary
        area="dashboard"
        items={(['from', 'to'] as const)
          .filter((name) => errors[name])
          .map((name) => ({ fieldId: fieldId(name), message: errors[name]! }))}
        attempt={attempt}
      />
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('cx.filters.label')}>
        <Fieldset legend={t('cx.filters.legend')} legendStyle="large">
          <Grid row gap="md">
            <Grid tablet={{ col: 6 }}>{day('from')}</Grid>
            <Grid tablet={{ col: 6 }}>{day('to')}</Grid>
            <Grid tablet={{ col: 4 }}>
              {list('bucket', BUCKETS, (id) => t(`cx.filters.buckets.${id}`), false)}
            </Grid>
            <Grid tablet={{ col: 4 }}>
              {list('partner', choices.partners, (id) => t(`cx.partners.${id}`, { defaultValue: id }))}
            </Grid>
            <Grid tablet={{ col: 4 }}>
              {list('channel', choices.channels, (id) => t(`cx.channels.${id}`, { defaultValue: id }))}
            </Grid>
          </Grid>
        </Fieldset>
        <Button type="submit" data-testid="cx-apply">
          {t('cx.filters.apply')}
        </Button>
      </Form>
    </>
  );
}
