// The contract year a list or summary shows, kept in the address (?year=) so a link brings it back.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field.tsx';
import { contractYears } from './performance-values.ts';

export function YearChoice({
  id,
  programDate,
  value,
  onChange,
}: {
  id: string;
  programDate: string;
  value: number;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation('performance');
  const years = contractYears(programDate);
  if (!years.includes(value)) years.push(value);
  return (
    <SelectField
      id={id}
      name="year"
      label={t('year.label')}
      hint={t('year.hint')}
      value={String(value)}
      onChange={(text) => onChange(Number(text))}
      choices={years.map((year) => ({ value: String(year), label: String(year) }))}
    />
  );
}
