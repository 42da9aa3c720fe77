// The facts a decision was made on, as a table: known fact names in the reader's language, values in
// plain words (yes/no, dates in full), anything else as the rules recorded it.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import type { FactValue } from './portal-types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function FactsTable({
  facts,
  caption,
}: {
  facts: Readonly<Record<string, FactValue>>;
  caption: string;
}) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const entries = Object.entries(facts);
  if (entries.length === 0) return null;
  const valueOf = (value: FactValue): string => {
    if (value === null) return t('facts.none');
    if (typeof value === 'boolean') return value ? t('facts.yes') : t('facts.no');
    if (typeof value === 'number') return format.number(value);
    if (ISO_DATE.test(value)) return format.date(value);
    return t(`factValues.${value}`, { defaultValue: value });
  };
  return (
    <Table bordered compact fullWidth caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('facts.fact')}</th>
          <th scope="col">{t('facts.value')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{t(`factNames.${name}`, { defaultValue: name })}</th>
            <td>{valueOf(value)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
