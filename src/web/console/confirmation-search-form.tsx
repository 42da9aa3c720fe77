// Find a caller by the confirmation number of a change they read out (PSHB-000-01AK, however typed):
// the API checks its check character, so a mistyped number finds no one rather than someone else.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../forms/error-summary.tsx';
import { fieldMessages } from '../forms/field-messages.ts';
import { TextField } from '../forms/text-field.tsx';
import { hasErrors, requiredErrors, type FieldErrors } from '../forms/field-errors.ts';

export function ConfirmationSearchForm({
  onSearch,
  busy,
}: {
  onSearch: (number: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('console');
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'number'>>({});
  const label = t('search.confirmation.number');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = requiredErrors({ number }, ['number']);
    setErrors(found);
    if (!hasErrors(found)) onSearch(number.trim());
  };
  const messages = fieldMessages(
    errors,
    ['number'],
    () => 'search-confirmation',
    (key) => t(key, { field: label }),
  );
  return (
    <Form onSubmit={submit} large noValidate aria-label={t('search.confirmation.formLabel')}>
      <ErrorSummary items={messages.summary} area="console" />
      <TextField
        id="search-confirmation"
        label={label}
        hint={t('search.confirmation.hint')}
        value={number}
        onChange={setNumber}
        error={messages.message('number')}
        required
        autoComplete="off"
      />
      <Button type="submit" disabled={busy} data-testid="search-confirmation-submit">
        {t('search.confirmation.submit')}
      </Button>
    </Form>
  );
}
