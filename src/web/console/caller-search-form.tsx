// Find a caller by what they can say without reading out their whole SSN: last name and the last four
// digits, and the birth date when many people match.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import { TextField } from '../forms/text-field.tsx';
import { hasErrors, requiredErrors, type FieldErrors } from '../forms/field-errors.ts';

export interface CallerQuery {
  readonly lastName: string;
  readonly ssnLastFour: string;
  readonly birthDate: string;
}

type Field = keyof CallerQuery;

export function callerQueryErrors(query: CallerQuery): FieldErrors<Field> {
  const errors: FieldErrors<Field> = requiredErrors(query, ['lastName', 'ssnLastFour']);
  if (!errors.ssnLastFour && !/^\d{4}$/.test(query.ssnLastFour.trim()))
    errors.ssnLastFour = 'search.ssnFormat';
  return errors;
}

export function CallerSearchForm({
  onSearch,
  busy,
}: {
  onSearch: (query: CallerQuery) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('console');
  const [query, setQuery] = useState<CallerQuery>({ lastName: '', ssnLastFour: '', birthDate: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const labels: Record<Field, string> = {
    lastName: t('search.lastName'),
    ssnLastFour: t('search.ssnLastFour'),
    birthDate: t('search.birthDate'),
  };
  const set = (field: Field) => (value: string) => setQuery((previous) => ({ ...previous, [field]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = callerQueryErrors(query);
    setErrors(found);
    if (!hasErrors(found))
      onSearch({ ...query, lastName: query.lastName.trim(), ssnLastFour: query.ssnLastFour.trim() });
  };
  const messages = fieldMessages(
    errors,
    ['lastName', 'ssnLastFour', 'birthDate'],
    (field) => `search-${field}`,
    (key, field) => t(key, { field: labels[field] }),
  );
  return (
    <Form onSubmit={submit} large noValidate aria-label={t('search.formLabel')}>
      <ErrorSummary items={messages.summary} area="console" />
      <TextField
        id="search-lastName"
        label={labels.lastName}
        value={query.lastName}
        onChange={set('lastName')}
        error={messages.message('lastName')}
        required
        autoComplete="off"
      />
      <TextField
        id="search-ssnLastFour"
        label={labels.ssnLastFour}
        hint={t('search.ssnHint')}
        value={query.ssnLastFour}
        onChange={set('ssnLastFour')}
        error={messages.message('ssnLastFour')}
        required
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
      />
      <TextField
        id="search-birthDate"
        label={labels.birthDate}
        hint={t('search.birthDateHint')}
        type="date"
        value={query.birthDate}
        onChange={set('birthDate')}
        error={messages.message('birthDate')}
      />
      <Button type="submit" disabled={busy}>
        {t('search.submit')}
      </Button>
    </Form>
  );
}
