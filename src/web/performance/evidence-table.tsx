// The evidence on record for the carrier's contract year, each item with its value and where it came
// from: computed from the exchange's own records, imported from a file, or recorded by staff.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat, type Formatters } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, EvidenceList, RecordedEvidence } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';

function valueText(item: RecordedEvidence, format: Formatters, yes: string, no: string): string {
  const { value } = item;
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') {
    if (item.measure.endsWith('-rate') || item.unit === 'ratio') return format.percent(value);
    return item.unit ? `${format.number(value)} ${item.unit}` : format.number(value);
  }
  return value;
}

export function EvidenceTable({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const query = new URLSearchParams({
    carrier: evaluation.carrierCode,
    year: String(evaluation.contractYear),
    ...(evaluation.planCode ? { plan: evaluation.planCode } : {}),
  });
  const evidence = useApi<EvidenceList>(`${PERFORMANCE_API}/evidence?${query.toString()}`);
  if (evidence.error) return <ProblemAlert problem={evidence.error} />;
  if (!evidence.data) return <Loading what={t('evidence.loadingWhat')} />;
  if (evidence.data.items.length === 0) return <p>{t('evidence.none')}</p>;
  return (
    <ScrollableTable caption={t('evidence.caption', { count: evidence.data.items.length })}>
      <thead>
        <tr>
          <th scope="col">{t('evidence.measure')}</th>
          <th scope="col">{t('evidence.value')}</th>
          <th scope="col">{t('evidence.applies')}</th>
          <th scope="col">{t('evidence.source')}</th>
          <th scope="col">{t('evidence.recordedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {evidence.data.items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              {t(`measures.${item.measure.replace(/\./g, '_')}`, { defaultValue: item.measure })}
              <span className="display-block font-mono-3xs text-base-dark">{item.measure}</span>
            </th>
            <td>{valueText(item, format, t('yes'), t('no'))}</td>
            <td>{item.applicable ? t('yes') : t('evidence.notApplicable')}</td>
            <td>
              {t(`evidence.sources.${item.source.kind}`)}
              <span className="display-block font-sans-3xs text-base-dark" lang="en">
                {item.source.reference}
                {item.note ? ` — ${item.note}` : ''}
              </span>
            </td>
            <td>{format.dateTime(item.recordedAt)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
