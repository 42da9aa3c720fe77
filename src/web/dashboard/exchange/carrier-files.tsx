// The carrier's files, newest first, each with where its acknowledgment stands: accepted, rejected,
// awaited until the carrier's deadline, or overdue.
import { Tag } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { inRange, NO_RANGE, type DateRange } from '../date-range.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { AcknowledgmentState, ExchangeFile, FilePage } from './exchange-api-types.ts';

// Colours with at least 4.5:1 contrast for the tag's white (or ink) text.
const TAG_CLASS: Record<AcknowledgmentState, string> = {
  accepted: 'bg-green-cool-60v',
  partially_accepted: 'bg-gold-20v text-ink',
  rejected: 'bg-secondary-dark',
  awaiting: 'bg-primary-dark',
  overdue: 'bg-secondary-darker',
  not_expected: 'bg-base-dark',
};

function Acknowledgment({ file }: { file: ExchangeFile }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const state = file.acknowledgmentState;
  return (
    <>
      <Tag className={TAG_CLASS[state]}>{t(`exchange.ackStates.${state}`)}</Tag>
      {file.acknowledgmentDueAt && (state === 'awaiting' || state === 'overdue') ? (
        <span className="display-block font-sans-3xs margin-top-05">
          {t('exchange.files.dueAt', { when: format.dateTime(file.acknowledgmentDueAt) })}
        </span>
      ) : null}
    </>
  );
}

export function CarrierFiles({ carrier, range = NO_RANGE }: { carrier: string; range?: DateRange }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const files = useApi<FilePage>(`files?partner=${encodeURIComponent(carrier)}&limit=50`);
  if (files.error) return <ProblemAlert problem={files.error} />;
  if (!files.data) return <Loading what={t('exchange.files.loadingWhat')} />;
  if (files.data.items.length === 0) return <p>{t('exchange.files.none')}</p>;
  // The range narrows the files loaded on this page (the latest 50), by the day each was sent.
  const shown = files.data.items.filter((file) => inRange(file.createdAt, range));
  if (shown.length === 0) return <p>{t('exchange.noneInRange')}</p>;
  return (
    <ScrollableTable caption={t('exchange.files.caption', { carrier })}>
      <thead>
        <tr>
          <th scope="col">{t('exchange.files.name')}</th>
          <th scope="col">{t('exchange.files.kind')}</th>
          <th scope="col">{t('exchange.files.direction')}</th>
          <th scope="col">{t('exchange.files.sent')}</th>
          <th scope="col">{t('exchange.files.members')}</th>
          <th scope="col">{t('exchange.files.status')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((file) => (
          <tr key={file.id}>
            <th scope="row" className="font-mono-3xs">
              {file.fileName}
            </th>
            <td>{t(`exchange.fileKinds.${file.kind}`, { defaultValue: file.kind })}</td>
            <td>{t(`exchange.directions.${file.direction}`)}</td>
            <td>{format.dateTime(file.createdAt)}</td>
            <td>{format.number(file.memberCount)}</td>
            <td>
              <Acknowledgment file={file} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
