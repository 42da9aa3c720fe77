// The open exceptions the reconciliation team works: each item with its partner, kind, what the
// partner pointed at and who has it; "Assign to me" and "Resolve" on each row, the resolution form
// below the table.
import { Alert, Button } from '@trussworks/react-uswds';
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
import type { ExceptionList, ExchangeException } from './exchange-api-types.ts';
import { ResolveExceptionForm } from './resolve-exception-form.tsx';

function whereOf(item: ExchangeException): string {
  return [item.segmentId, item.element, item.errorCode].filter(Boolean).join(' ');
}

export function ExceptionQueue({ me, range = NO_RANGE }: { me: { subject: string }; range?: DateRange }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const list = useApi<ExceptionList>('exceptions?state=open');
  const assign = useAction<ExchangeException>();
  const [resolving, setResolving] = useState<ExchangeException>();
  const [done, setDone] = useState<string>();
  // The button a keyboard user pressed goes away (the item is theirs, or resolved): focus the outcome.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) outcome.current?.focus();
  }, [done]);

  if (list.error) return <ProblemAlert problem={list.error} />;
  if (!list.data) return <Loading what={t('exchange.queue.loadingWhat')} />;
  // The range narrows the open items loaded, by the day each was opened.
  const items = list.data.items.filter((item) => inRange(item.openedOn, range));

  async function assignToMe(item: ExchangeException) {
    const assigned = await assign.run(async () => {
      const answer = await postJson<ExchangeException>(`exceptions/${item.id}/assign`, {});
      return answer.data;
    });
    if (assigned) {
      setDone(t('exchange.queue.assigned', { id: item.id }));
      list.reload();
    }
  }

  return (
    <>
      <div aria-live="polite" ref={outcome} tabIndex={-1}>
        {done ? (
          <Alert type="success" slim data-testid="exception-queue-done">
            {done}
          </Alert>
        ) : null}
      </div>
      {assign.problem ? <ProblemAlert problem={assign.problem} /> : null}
      {items.length === 0 ? (
        <p>{t('exchange.queue.none')}</p>
      ) : (
        <ScrollableTable caption={t('exchange.queue.caption', { count: items.length })}>
          <thead>
            <tr>
              <th scope="col">{t('exchange.queue.item')}</th>
              <th scope="col">{t('exchange.carrier')}</th>
              <th scope="col">{t('exchange.queue.kind')}</th>
              <th scope="col">{t('exchange.queue.where')}</th>
              <th scope="col">{t('exchange.queue.openedOn')}</th>
              <th scope="col">{t('exchange.queue.owner')}</th>
              <th scope="col">{t('exchange.queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.id}</th>
                <td>{item.partner}</td>
                <td>{t(`exchange.exceptionKinds.${item.kind}`, { defaultValue: item.kind })}</td>
                <td>{whereOf(item) || t('exchange.none')}</td>
                <td>{format.date(item.openedOn)}</td>
                <td>{item.owner ?? t('exchange.queue.nobody')}</td>
                <td className="text-no-wrap">
                  {item.owner === me.subject ? null : (
                    <Button
                      type="button"
                      unstyled
                      className="margin-right-2"
                      disabled={assign.pending}
                      onClick={() => void assignToMe(item)}
                      data-testid={`exception-assign-${item.id}`}
                    >
                      {t('exchange.queue.assignToMe')}
                      <span className="usa-sr-only"> {t('exchange.queue.itemNumber', { id: item.id })}</span>
                    </Button>
                  )}
                  <Button
                    type="button"
                    unstyled
                    onClick={() => setResolving(item)}
                    data-testid={`exception-resolve-${item.id}`}
                  >
                    {t('exchange.queue.resolve')}
                    <span className="usa-sr-only"> {t('exchange.queue.itemNumber', { id: item.id })}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {resolving ? (
        <ResolveExceptionForm
          key={resolving.id}
          item={resolving}
          onCancel={() => setResolving(undefined)}
          onDone={(resolved) => {
            setResolving(undefined);
            setDone(t('exchange.queue.resolved', { id: resolved.id }));
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}
