// The money of a final determination read back from the ledger (performance_money) and the
// 'final_determination' event, as the pure money statement (63 FR 55337; 48 CFR 1632.170(a)(2)).
import type { IsoDate } from '../../../domain/dates.ts';
import { PshbError } from '../../../errors.ts';
import {
  moneyStatement as statementOf,
  type MoneyEntry,
  type MoneyStatement,
} from '../../../rules/carrier-performance/due-process/index.ts';
import type { Executor } from '../../../storage/executor.ts';
import {
  listEvaluationEvents,
  listMoneyEntries,
  type EvaluationRow,
  type MoneyRow,
} from '../../../storage/performance/due-process-store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { isoDay } from './due-process-step.ts';

export interface MoneyEntryView {
  readonly id: number;
  readonly kind: MoneyEntry['kind'];
  readonly amountCents: number;
  readonly on: IsoDate;
  readonly paymentNumber: number | null;
  readonly reference: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface MoneyStatementView extends MoneyStatement {
  readonly evaluationId: number;
  readonly carrierCode: string;
  readonly contractYear: number;
  readonly state: string;
  /** The API's names for the same figures. */
  readonly received: number;
  readonly withheld: number;
  readonly deposited: number;
  readonly entries: readonly MoneyEntryView[];
}

const entryOf = (row: MoneyRow): MoneyEntryView => ({
  id: Number(row.id),
  kind: row.kind,
  amountCents: Number(row.amount_cents),
  on: isoDay(row.on_date),
  paymentNumber: row.payment_number,
  reference: row.reference,
  recordedBy: row.recorded_by,
  recordedAt: new Date(row.recorded_at).toISOString(),
});

/** The statement of an evaluation with a final determination; PERFORMANCE_EVALUATION_STATE before it. */
export async function readMoney(
  executor: Executor,
  evaluation: EvaluationRow,
  today: IsoDate,
): Promise<MoneyStatementView> {
  const events = await listEvaluationEvents(executor, Number(evaluation.id));
  const final = events.filter((e) => e.kind === 'final_determination').at(-1);
  if (!final || final.amount_cents === null)
    throw new PshbError(
      'PERFORMANCE_EVALUATION_STATE',
      `evaluation ${evaluation.id} has no final determination yet (it is ${evaluation.state}): there is no money to account for`,
    );
  const entries = (await listMoneyEntries(executor, Number(evaluation.id))).map(entryOf);
  const statement = statementOf(
    loadDueProcessParameters(),
    Number(final.amount_cents),
    isoDay(final.effective_on),
    entries,
    today,
  );
  return {
    evaluationId: Number(evaluation.id),
    carrierCode: evaluation.carrier_code,
    contractYear: evaluation.contract_year,
    state: evaluation.state,
    ...statement,
    received: statement.receivedCents,
    withheld: statement.withheldCents,
    deposited: statement.depositedCents,
    entries,
  };
}
