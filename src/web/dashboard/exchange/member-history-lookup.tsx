// A member's history as the carrier was told it: a member id in, then every enrollment event the
// carrier's files carried for them, with the file and the member's INS segment in it. Each lookup is
// a read of personal data, recorded in the audit log by the API.
import { Button, Form } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorSummary } from '../../forms/error-summary.tsx';
import { TextField } from '../../forms/text-field.tsx';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { MemberHistory } from './exchange-api-types.ts';

const FIELD_ID = 'exchange-member-id';

function HistoryTable({ carrier, memberId }: { carrier: string; memberId: string }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const history = useApi<MemberHistory>(
    `partners/${encodeURIComponent(carrier)}/members/${encodeURIComponent(memberId)}/history`,
  );
  if (history.error)
    return history.error.status === 404 ? (
      <p role="status">{t('exchange.history.notFound', { member: memberId, carrier })}</p>
    ) : (
      <ProblemAlert problem={history.error} />
    );
  if (!history.data) return <Loading what={t('exchange.history.loadingWhat')} />;
  return (
    <ScrollableTable caption={t('exchange.history.caption', { member: memberId, carrier })}>
      <thead>
        <tr>
          <th scope="col">{t('exchange.history.file')}</th>
          <th scope="col">{t('exchange.history.sent')}</th>
          <th scope="col">{t('exchange.history.segment')}</th>
          <th scope="col">{t('exchange.history.event')}</th>
          <th scope="col">{t('exchange.history.code')}</th>
          <th scope="col">{t('exchange.history.effective')}</th>
          <th scope="col">{t('exchange.files.status')}</th>
        </tr>
      </thead>
      <tbody>
        {history.data.events.map((e) => (
          <tr key={`${e.fileId}-${e.segmentPosition}`}>
            <th scope="row" className="font-mono-3xs">
              {e.fileName}
            </th>
            <td>{format.dateTime(e.sentAt)}</td>
            <td>{format.number(e.segmentPosition)}</td>
            <td>
              {e.eventType
                ? t(`exchange.eventTypes.${e.eventType}`, { defaultValue: e.eventType.replaceAll('_', ' ') })
                : t('exchange.none')}
            </td>
            <td>{e.enrollmentCode ?? t('exchange.none')}</td>
            <td>{e.effectiveOn ? format.date(e.effectiveOn) : t('exchange.none')}</td>
            <td>{t(`exchange.statuses.${e.fileStatus}`, { defaultValue: e.fileStatus })}</td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export function MemberHistoryLookup({ carrier }: { carrier: string }) {
  const { t } = useTranslation('dashboard');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [asked, setAsked] = useState<string>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const id = value.trim();
    if (!/^[1-9]\d{0,14}$/.test(id)) {
      setError(t('exchange.history.invalid'));
      setAttempt((n) => n + 1);
      return;
    }
    setError(undefined);
    setAsked(id);
  }

  return (
    <>
      <ErrorSummary
        area="dashboard"
        items={error ? [{ fieldId: FIELD_ID, message: error }] : []}
        attempt={attempt}
      />
      <Form onSubmit={submit} noValidate className="maxw-full" aria-label={t('exchange.history.formLabel')}>
        <TextField
          id={FIELD_ID}
          label={t('exchange.history.memberId')}
          hint={t('exchange.history.hint')}
          value={value}
          onChange={setValue}
          error={error}
          inputMode="numeric"
        />
        <Button type="submit" data-testid="exchange-history-submit">
          {t('exchange.history.submit')}
        </Button>
      </Form>
      {asked ? <HistoryTable carrier={carrier} memberId={asked} /> : null}
    </>
  );
}
