// The carrier's open reconciliation discrepancies: how many in each age bucket, then each one with
// its age, oldest first, a page at a time. On the work queue (`me` given) each shows who has it and
// "Assign to me".
import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../../api/client.ts';
import { useAction } from '../../api/use-action.ts';
import { useApi } from '../../api/use-api.ts';
import { useFormat } from '../../i18n/format.ts';
import { Loading } from '../../layout/loading.tsx';
import { ProblemAlert } from '../../layout/problem-alert.tsx';
import { inRange, NO_RANGE, type DateRange } from '../date-range.ts';
import { ScrollableTable } from '../scrollable-table.tsx';
import type { AgedDiscrepancy, OpenDiscrepancies } from './exchange-api-types.ts';

interface Props {
  readonly carrier?: string;
  /** The signed-in staff member, on the work queue: owners and assignment are shown. */
  readonly me?: { readonly subject: string };
  /** Narrows the discrepancies on the page loaded to those opened on these days. */
  readonly range?: DateRange;
}

export function DiscrepancyAgeing({ carrier, me, range = NO_RANGE }: Props) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  // The cursors of the pages before this one: the first page has none.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  useEffect(() => setCursors([]), [carrier]);
  const open = useApi<OpenDiscrepancies>(discrepanciesPath(carrier, cursors.at(-1)));
  const assign = useAction<AgedDiscrepancy>();
  const [done, setDone] = useState<string>();
  // The button a keyboard user pressed goes away (the discrepancy is theirs): focus the outcome.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done]);
  if (open.error) return <ProblemAlert problem={open.error} />;
  if (!open.data) return <Loading what={t('exchange.discrepancies.loadingWhat')} />;
  const { buckets, asOf, nextCursor } = open.data;
  const items = open.data.items.filter((d) => inRange(d.openedOn, range));
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const first = cursors.length * PAGE_SIZE + 1;

  async function assignToMe(item: AgedDiscrepancy) {
    const assigned = await assign.run(async () => {
      const path = `reconciliations/discrepancies/${item.id}/assign`;
      return (await postJson<AgedDiscrepancy>(path, {})).data;
    });
    if (assigned) {
      setDone(t('exchange.discrepancies.assigned', { id: item.id }));
      open.reload();
    }
  }

  return (
    <>
      <ScrollableTable caption={t('exchange.discrepancies.bucketsCaption', { date: format.date(asOf) })}>
        <thead>
          <tr>
            <th scope="col">{t('exchange.discrepancies.age')}</th>
            <th scope="col">{t('exchange.discrepancies.count')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.bucket}>
              <th scope="row">{t(`exchange.buckets.${b.bucket}`)}</th>
              <td>{format.number(b.count)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {me ? (
        <div aria-live="polite" ref={outcome} tabIndex={-1}>
          {done ? (
            <Alert type="success" slim data-testid="discrepancy-assign-done">
              {done}
            </Alert>
          ) : null}
        </div>
      ) : null}
      {assign.problem ? <ProblemAlert problem={assign.problem} /> : null}
      {items.length === 0 ? (
        <p>{t('exchange.discrepancies.none')}</p>
      ) : (
        <ScrollableTable caption={t('exchange.discrepancies.itemsCaption', { count: total })}>
          <thead>
            <tr>
              <th scope="col">{t('exchange.discrepancies.member')}</th>
              {carrier ? null : <th scope="col">{t('exchange.carrier')}</th>}
              <th scope="col">{t('exchange.discrepancies.kind')}</th>
              <th scope="col">{t('exchange.discrepancies.exchangeValue')}</th>
              <th scope="col">{t('exchange.discrepancies.carrierValue')}</th>
              <th scope="col">{t('exchange.discrepancies.openedOn')}</th>
              <th scope="col">{t('exchange.discrepancies.days')}</th>
              {me ? <th scope="col">{t('exchange.discrepancies.owner')}</th> : null}
              {me ? <th scope="col">{t('exchange.discrepancies.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.memberId}</th>
                {carrier ? null : <td>{d.carrier}</td>}
                <td>{t(`exchange.discrepancyKinds.${d.kind}`, { defaultValue: d.kind })}</td>
                <td>{d.exchangeValue ?? t('exchange.none')}</td>
                <td>{d.carrierValue ?? t('exchange.none')}</td>
                <td>{format.date(d.openedOn)}</td>
                <td>{format.number(d.days)}</td>
                {me ? <td>{d.owner ?? t('exchange.discrepancies.nobody')}</td> : null}
                {me ? (
                  <td className="text-no-wrap">
                    {d.owner === me.subject ? null : (
                      <Button
                        type="button"
                        unstyled
                        disabled={assign.pending}
                        onClick={() => void assignToMe(d)}
                        data-testid={`discrepancy-assign-${d.id}`}
                      >
                        {t('exchange.discrepancies.assignToMe')}
                        <span className="usa-sr-only">
                          {' '}
                          {t('exchange.discrepancies.discrepancyNumber', { id: d.id })}
                        </span>
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {cursors.length > 0 || nextCursor ? (
        <>
          <p>
            {t('exchange.discrepancies.shown', {
              from: format.number(first),
              to: format.number(first + items.length - 1),
              total: format.number(total),
            })}
          </p>
          <ButtonGroup type="default">
            <Button
              type="button"
              outline
              disabled={cursors.length === 0 || open.loading}
              onClick={() => setCursors((old) => old.slice(0, -1))}
            >
              {t('exchange.discrepancies.previous')}
            </Button>
            <Button
              type="button"
              disabled={!nextCursor || open.loading}
              onClick={() => nextCursor && setCursors((old) => [...old, nextCursor])}
            >
              {t('exchange.discrepancies.next')}
            </Button>
          </ButtonGroup>
        </>
      ) : null}
    </>
  );
}

/** Discrepancies a page at a time: enough to work through, few enough to read on a phone. */
const PAGE_SIZE = 50;

function discrepanciesPath(carrier: string | undefined, cursor: string | undefined): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (carrier) query.set('partner', carrier);
  if (cursor) query.set('cursor', cursor);
  return `reconciliations/discrepancies?${query.toString()}`;
}
