// The balance not rebated within 60 days of the final determination (63 FR 55337) scheduled to be
// withheld from the periodic premium payments payable during the first quarter of the following
// contract period (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)): split in whole cents over the
// quarter's payments, the remainder on the first. Scheduled once; asking again answers the schedule.
import { PshbError } from '../../../errors.ts';
import {
  withholdSchedule,
  type DueProcessActor,
} from '../../../rules/carrier-performance/due-process/index.ts';
import type { Executor } from '../../../storage/executor.ts';
import {
  appendEvaluationEvent,
  insertMoneyEntry,
  type EvaluationRow,
} from '../../../storage/performance/due-process-store.ts';
import type { Store } from '../../../storage/store.ts';
import { loadDueProcessParameters } from './due-process-parameters.ts';
import { requireState, runStep, type StepContext } from './due-process-step.ts';
import { readMoney, type MoneyStatementView } from './money-ledger.ts';

export interface ScheduleWithholdInput extends StepContext {
  readonly evaluationId: number;
}

/** Inside a transaction with the evaluation locked (the overdue check calls it too). */
export async function scheduleWithholdOn(
  tx: Executor,
  evaluation: EvaluationRow,
  today: string,
  by: string,
): Promise<MoneyStatementView> {
  requireState('record_money', evaluation);
  const statement = await readMoney(tx, evaluation, today);
  if (statement.scheduled.length > 0) return statement;
  if (statement.balanceCents <= 0)
    throw new PshbError(
      'PERFORMANCE_MONEY_MISMATCH',
      `evaluation ${evaluation.id}: nothing is owed, so nothing is withheld`,
    );
  if (today <= statement.rebateDueOn)
    throw new PshbError(
      'PERFORMANCE_WINDOW_OPEN',
      `the carrier has until ${statement.rebateDueOn} to rebate before OPM withholds (63 FR 55337)`,
    );
  const schedule = withholdSchedule(
    loadDueProcessParameters(),
    statement.balanceCents,
    statement.rebateDueOn,
  );
  for (const s of schedule)
    await insertMoneyEntry(tx, {
      evaluationId: Number(evaluation.id),
      kind: 'withhold_scheduled',
      amountCents: s.amountCents,
      on: s.dueOn,
      paymentNumber: s.payment,
      reference: null,
      entryKey: `payment:${s.payment}`,
      recordedBy: by,
    });
  await appendEvaluationEvent(tx, {
    evaluationId: Number(evaluation.id),
    kind: 'withhold_scheduled',
    amountCents: statement.balanceCents,
    reason: `Not rebated by ${statement.rebateDueOn}: withheld from the first quarter's premium payments.`,
    author: by,
    detail: { payments: schedule },
    effectiveOn: today,
  });
  return readMoney(tx, evaluation, today);
}

export async function scheduleWithhold(
  store: Store,
  actor: DueProcessActor,
  input: ScheduleWithholdInput,
): Promise<MoneyStatementView> {
  return runStep(
    store,
    actor,
    'record_money',
    input.evaluationId,
    'withhold scheduled',
    input,
    (tx, evaluation) => scheduleWithholdOn(tx, evaluation, input.today, actor.subject),
  );
}
