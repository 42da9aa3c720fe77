// Where the money of a final determination stands: the amount, the rebate and when it was due
// (63 FR 55337), the withhold scheduled from the first quarter's premium payments and what was
// withheld (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)), what was deposited in the plan's contingency
// reserve, and the balance the carrier still owes. Amounts are whole cents.
import type { IsoDate } from '../../../domain/dates.ts';
import { decision, type Decision } from '../../decision.ts';
import { rebateDueOn, withholdPayments } from './deadlines.ts';
import type { DueProcessParameters } from './due-process-parameters.ts';
import { splitWithhold } from './withhold-split.ts';

export type MoneyKind = 'rebate' | 'withhold_scheduled' | 'withheld' | 'reserve_deposit';

export interface MoneyEntry {
  readonly kind: MoneyKind;
  readonly amountCents: number;
  readonly on: IsoDate;
  readonly paymentNumber: number | null;
  readonly reference?: string | null;
}

export interface ScheduledPayment {
  readonly payment: number;
  readonly dueOn: IsoDate;
  readonly amountCents: number;
  /** What was withheld from this payment so far. */
  readonly withheldCents: number;
}

export interface MoneyStatement {
  readonly finalAmountCents: number;
  readonly finalOn: IsoDate;
  readonly rebateDueOn: IsoDate;
  /** Rebates received from the carrier. */
  readonly receivedCents: number;
  readonly scheduled: readonly ScheduledPayment[];
  readonly scheduledCents: number;
  readonly withheldCents: number;
  readonly depositedCents: number;
  /** What the carrier still owes: the amount less rebates and withholds. */
  readonly balanceCents: number;
  /** Collected (rebated or withheld) and not yet deposited in the contingency reserve. */
  readonly awaitingDepositCents: number;
  /** The balance is due, the rebate window has passed, and no withhold is scheduled. */
  readonly rebateOverdue: boolean;
  readonly settleable: boolean;
  readonly decision: Decision<'settleable' | 'owing' | 'awaiting_deposit'>;
}

const sum = (entries: readonly MoneyEntry[], kind: MoneyKind) =>
  entries.filter((e) => e.kind === kind).reduce((total, e) => total + e.amountCents, 0);

/** The amount owed in whole cents: an adjustment in the carrier's favour (negative) owes nothing. */
export const amountOwed = (finalAmountCents: number) => Math.max(0, finalAmountCents);

export function moneyStatement(
  parameters: DueProcessParameters,
  finalAmountCents: number,
  finalOn: IsoDate,
  entries: readonly MoneyEntry[],
  today: IsoDate,
): MoneyStatement {
  const owed = amountOwed(finalAmountCents);
  const due = rebateDueOn(parameters, finalOn);
  const receivedCents = sum(entries, 'rebate');
  const withheldCents = sum(entries, 'withheld');
  const depositedCents = sum(entries, 'reserve_deposit');
  const scheduledEntries = entries
    .filter((e) => e.kind === 'withhold_scheduled')
    .sort((a, b) => (a.paymentNumber ?? 0) - (b.paymentNumber ?? 0));
  const scheduled = scheduledEntries.map((e) => ({
    payment: e.paymentNumber ?? 0,
    dueOn: e.on,
    amountCents: e.amountCents,
    withheldCents: entries
      .filter((w) => w.kind === 'withheld' && w.paymentNumber === e.paymentNumber)
      .reduce((t, w) => t + w.amountCents, 0),
  }));
  const scheduledCents = scheduled.reduce((t, s) => t + s.amountCents, 0);
  const balanceCents = owed - receivedCents - withheldCents;
  const awaitingDepositCents = receivedCents + withheldCents - depositedCents;
  const rebateOverdue = balanceCents > 0 && today > due && scheduled.length === 0;
  const settleable = balanceCents === 0 && awaitingDepositCents === 0;
  const outcome = settleable ? 'settleable' : balanceCents > 0 ? 'owing' : 'awaiting_deposit';
  return {
    finalAmountCents,
    finalOn,
    rebateDueOn: due,
    receivedCents,
    scheduled,
    scheduledCents,
    withheldCents,
    depositedCents,
    balanceCents,
    awaitingDepositCents,
    rebateOverdue,
    settleable,
    decision: decision(
      'carrier-performance-money',
      outcome,
      ['63 FR 55337', '48 CFR 1609.7101-2', '48 CFR 1632.170(a)(2)'],
      {
        finalAmountCents,
        receivedCents,
        withheldCents,
        depositedCents,
        balanceCents,
        rebateDueOn: due,
        today,
      },
      settleable
        ? `The ${cents(owed)} determined has been collected and deposited in the plan's contingency reserve.`
        : balanceCents > 0
          ? `The carrier owes ${cents(balanceCents)} of ${cents(owed)}; the rebate ${today > due ? 'was' : 'is'} due by ${due}${scheduled.length > 0 ? ', and the rest is scheduled to be withheld from the first quarter’s premium payments' : ''}.`
          : `Everything was collected; ${cents(awaitingDepositCents)} is still to be deposited in the plan's contingency reserve.`,
    ),
  };
}

/**
 * 48 CFR 1632.170(a)(2): the balance still owed when the rebate is not received, withheld from the
 * first quarter's premium payments of the following contract period, split in whole cents with the
 * remainder on the first payment.
 */
export function withholdSchedule(
  parameters: DueProcessParameters,
  balanceCents: number,
  rebateDue: IsoDate,
): { payment: number; dueOn: IsoDate; amountCents: number }[] {
  const payments = withholdPayments(parameters, rebateDue);
  const parts = splitWithhold(Math.max(0, balanceCents), payments.length);
  return payments.map((p, i) => ({ ...p, amountCents: parts[i]! }));
}

/** Cents as dollars for sentences: 123456 → $1,234.56. */
export function cents(amountCents: number): string {
  const sign = amountCents < 0 ? '-' : '';
  const whole = Math.abs(amountCents);
  const dollars = Math.floor(whole / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(whole % 100).padStart(2, '0')}`;
}
