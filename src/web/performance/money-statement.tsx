// The money after the final determination: the amount, the rebate's due date and what was received,
// the withhold scheduled across the first quarter's premium payments, what was withheld, what was
// deposited in the plan's contingency reserve, and the balance still owed.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api.ts';
import { ScrollableTable } from '../dashboard/scrollable-table.tsx';
import { useFormat } from '../i18n/format.ts';
import { Loading } from '../layout/loading.tsx';
import { ProblemAlert } from '../layout/problem-alert.tsx';
import type { EvaluationView, MoneyStatement } from './performance-api-types.ts';
import { PERFORMANCE_API } from './performance-api-types.ts';
import { moneyFigureCents } from './performance-values.ts';

/** Give it a key that changes when the history grows, so the statement is read again after a step. */
export function MoneyStatementSection({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation('performance');
  const format = useFormat();
  const statement = useApi<MoneyStatement>(`${PERFORMANCE_API}/evaluations/${evaluation.id}/money`);
  if (statement.error) return <ProblemAlert problem={statement.error} />;
  if (!statement.data) return <Loading what={t('money.loadingWhat')} />;
  const money = statement.data;
  const cents = (value: number | null) => (value === null ? '—' : format.money(value));
  const rows: [string, string][] = [
    [t('money.finalAmount'), cents(money.finalAmountCents)],
    [t('money.rebateDue'), money.rebateDueOn ? format.date(money.rebateDueOn) : '—'],
    [t('money.received'), cents(moneyFigureCents(money.received))],
    [t('money.withheld'), cents(moneyFigureCents(money.withheld))],
    [t('money.deposited'), cents(moneyFigureCents(money.deposited))],
    [t('money.balance'), cents(money.balanceCents)],
  ];
  return (
    <>
      <ScrollableTable caption={t('money.caption')}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {money.scheduled.length === 0 ? (
        <p>{t('money.noSchedule')}</p>
      ) : (
        <ScrollableTable caption={t('money.scheduleCaption', { count: money.scheduled.length })}>
          <thead>
            <tr>
              <th scope="col">{t('money.payment')}</th>
              <th scope="col">{t('money.dueOn')}</th>
              <th scope="col">{t('money.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {money.scheduled.map((payment) => (
              <tr key={`${payment.payment}-${payment.dueOn}`}>
                <th scope="row">{payment.payment}</th>
                <td>{format.date(payment.dueOn)}</td>
                <td>{format.money(payment.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
    </>
  );
}
