// The USWDS memorable date: month, day and year boxes under one legend, for a day the person knows.
import { DateInput, DateInputGroup } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { FieldsetField } from '../forms/form-field.tsx';

export interface DateParts {
  readonly month: string;
  readonly day: string;
  readonly year: string;
}

export function MemorableDate({
  id,
  legend,
  value,
  error,
  onChange,
}: {
  id: string;
  legend: string;
  value: DateParts;
  error: string | undefined;
  onChange: (next: DateParts) => void;
}) {
  const { t } = useTranslation('portal');
  const part = (unit: keyof DateParts, maxLength: number, label: string) => (
    <DateInput
      id={`${id}-${unit}`}
      name={`${id}-${unit}`}
      unit={unit}
      label={label}
      maxLength={maxLength}
      minLength={unit === 'year' ? 4 : 1}
      inputMode="numeric"
      value={value[unit]}
      aria-invalid={Boolean(error)}
      validationStatus={error ? 'error' : undefined}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      onChange={(event) => onChange({ ...value, [unit]: event.target.value })}
    />
  );
  return (
    <FieldsetField id={id} legend={legend} hint={t('form.dateHint')} error={error}>
      <DateInputGroup>
        {part('month', 2, t('form.month'))}
        {part('day', 2, t('form.day'))}
        {part('year', 4, t('form.year'))}
      </DateInputGroup>
    </FieldsetField>
  );
}
