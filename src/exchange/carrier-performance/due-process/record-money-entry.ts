// One entry in the money ledger of a final determination, with its event, checked against the money
// statement first so the ledger never records more than is owed, withheld or collected
// (63 FR 55337; 48 CFR 1632.170(a)(2)). The same entry recorded twice (same kind and reference, or
// the same payment) is recorded once. When everything owed has been collected and deposited in the
// contingency reserve, the evaluation is settled.
import { PshbError } from '../../../errors.ts';
import { isIsoDate, type IsoDate } from '../../../domain/dates.ts';
import {
  cents,
  type DueProcessActor,
  type MoneyKind,
} from '../../../rules/carrier-performance/due-process/index.ts';
import type { Executor } from '../../../storage/executor.ts';
import {
  appendEvaluationEvent,
  findMoneyEntry,
  insertMoneyEntry,
  type EvaluationRow,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { moveState, requireState, runStep } from './due-process-step.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';

export interface MoneyInput {
  readonly evaluationId: number;
  readonly today: IsoDate;
  readonly amountCents: number;
  /** The day the money moved. */
  readonly on: IsoDate;
  readonly reference?: string | null;
  readonly paymentNumber?: number | null;
  readonly requestId?: string;
}

const EVENT_OF: Readonly<Record<MoneyKind, string>> = {
  rebate: 'rebate_received',
  withhold_scheduled: 'withhold_scheduled',
  withheld: 'withheld',
  reserve_deposit: 'reserve_deposited',
};

export function checkMoneyInput(input: MoneyInput): void {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0)
    throw new PshbError(
      'INVALID_INPUT',
      `amountCents: ${input.amountCents} is not a positive whole number of cents`,
      [{ field: 'amountCents', message: 'a positive whole number of cents' }],
    );
  if (!isIsoDate(input.on))
    throw new PshbError('INVALID_INPUT', `on: "${input.on}" is not a date in YYYY-MM-DD form`, [
      { field: 'on', message: 'a date in YYYY-MM-DD form' },
    ]);
  if (input.on > input.today)
    throw new PshbError('INVALID_INPUT', `on: ${input.on} is after today (${input.today})`, [
      { field: 'on', message: 'not after today' },
    ]);
}

/** The limit an entry of the kind may not exceed, from the statement, with words for the refusal. */
function limitOf(
  kind: MoneyKind,
  statement: MoneyStatementView,
  paymentNumber: number | null,
): [number, string] {
  switch (kind) {
    case 'rebate':
      return [statement.balanceCents, 'the balance the carrier owes'];
    case 'withheld': {
      const payment = statement.scheduled.find((s) => s.payment === paymentNumber);
      return payment
        ? [
            Math.min(statement.balanceCents, payment.amountCents - payment.withheldCents),
            `what is still to be withheld from payment ${paymentNumber}`,
          ]
        : [statement.balanceCents, 'the balance the carrier owes'];
    }
    case 'reserve_deposit':
      return [statement.awaitingDepositCents, 'what was collected and not yet deposited'];
    case 'withhold_scheduled':
      return [statement.balanceCents, 'the balance the carrier owes'];
  }
}

export async function recordMoneyEntry(
  tx: Executor,
  evaluation: EvaluationRow,
  kind: MoneyKind,
  input: MoneyInput,
  entryKey: string,
  recordedBy: string,
): Promise<MoneyStatementView> {
  const evaluationId = Number(evaluation.id);
  if (await findMoneyEntry(tx, evaluationId, kind, entryKey)) return readMoney(tx, evaluation, input.today);
  requireState('record_money', evaluation);
  const statement = await readMoney(tx, evaluation, input.today);
  const paymentNumber = input.paymentNumber ?? null;
  const [limit, what] = limitOf(kind, statement, paymentNumber);
  if (input.amountCents > limit)
    throw new PshbError(
      'PERFORMANCE_MONEY_MISMATCH',
      `amountCents: ${cents(input.amountCents)} is more than ${what} (${cents(limit)}) on evaluation ${evaluationId}`,
      [{ field: 'amountCents', message: `at most ${limit}` }],
    );
  await insertMoneyEntry(tx, {
    evaluationId,
    kind,
    amountCents: input.amountCents,
    on: input.on,
    paymentNumber,
    reference: input.reference ?? null,
    entryKey,
    recordedBy,
  });
  await appendEvaluationEvent(tx, {
    evaluationId,
    kind: EVENT_OF[kind],
    amountCents: input.amountCents,
    reason: input.reference ?? null,
    author: recordedBy,
    detail: { paymentNumber, entryKey },
    effectiveOn: input.on,
  });
  return settleIfDone(tx, evaluation, input.today, recordedBy);
}

/** 48 CFR 1632.170(a)(2): collected and deposited in full, the evaluation is settled. */
export async function settleIfDone(
  tx: Executor,
  evaluation: EvaluationRow,
  today: IsoDate,
  by: string,
): Promise<MoneyStatementView> {
  const statement = await readMoney(tx, evaluation, today);
  if (!statement.settleable || evaluation.state !== 'final') return statement;
  await appendEvaluationEvent(tx, {
    evaluationId: Number(evaluation.id),
    kind: 'settled',
    amountCents: statement.depositedCents,
    reason: statement.decision.explanation,
    author: by,
    detail: { decision: statement.decision },
    effectiveOn: today,
  });
  await moveState(tx, evaluation, 'settled');
  return { ...statement, state: 'settled' };
}

/**
 * A money step that belongs to no numbered payment (a rebate, a deposit), as one audited due-process
 * step; without a reference, the day and the amount identify it, so a repeat is recorded once.
 */
export async function recordUnnumberedEntry(
  store: Store,
  actor: DueProcessActor,
  input: MoneyInput,
  kind: Extract<MoneyKind, 'rebate' | 'reserve_deposit'>,
  label: string,
): Promise<MoneyStatementView> {
  checkMoneyInput(input);
  return runStep(store, actor, 'record_money', input.evaluationId, label, input, (tx, evaluation) =>
    recordMoneyEntry(
      tx,
      evaluation,
      kind,
      { ...input, paymentNumber: null },
      input.reference ?? `${input.on}:${input.amountCents}`,
      actor.subject,
    ),
  );
}
