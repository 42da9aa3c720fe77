// The dates due process runs on, from the parameters in reference-data/carrier-performance/
// due-process/due-process.json: when the carrier's response and any request for reconsideration are due after the
// findings notice, when the rebate is due after the final determination (63 FR 55337), and the dates of
// the premium payments of the first quarter of the following contract period the withhold is taken
// from (48 CFR 1609.7101-2; 48 CFR 1632.170(a)(2)).
import { addDays, type IsoDate } from '../../../domain/dates.ts';
import { decision, type Decision } from '../../decision.ts';
import type { DueProcessParameters } from './due-process-parameters.ts';

/** The last day the carrier's response to a findings notice issued on `issuedOn` is accepted. */
export function responseDueOn(parameters: DueProcessParameters, issuedOn: IsoDate, days?: number): IsoDate {
  return addDays(issuedOn, days ?? parameters.responseWindow.days);
}

/** The last day a request for reconsideration of a findings notice issued on `issuedOn` is accepted. */
export function reconsiderationDueOn(parameters: DueProcessParameters, issuedOn: IsoDate): IsoDate {
  return addDays(issuedOn, parameters.reconsiderationWindow.days);
}

/** 63 FR 55337: the carrier has 60 days from the final determination to rebate before OPM withholds. */
export function rebateDueOn(parameters: DueProcessParameters, finalOn: IsoDate): IsoDate {
  return addDays(finalOn, parameters.rebate.days);
}

export interface WithholdPayment {
  /** 1 for the quarter's first premium payment. */
  readonly payment: number;
  readonly dueOn: IsoDate;
}

/**
 * 48 CFR 1632.170(a)(2): the premium payments payable during the first quarter of the following
 * contract period, here the contract year after the one in which the rebate fell due.
 */
export function withholdPayments(parameters: DueProcessParameters, rebateDue: IsoDate): WithholdPayment[] {
  const year = Number(rebateDue.slice(0, 4)) + parameters.withhold.contractPeriodOffset;
  const day = String(parameters.withhold.paymentDayOfMonth).padStart(2, '0');
  return parameters.withhold.quarterMonths.map((month, i) => ({
    payment: i + 1,
    dueOn: `${year}-${String(month).padStart(2, '0')}-${day}`,
  }));
}

/** Whether a dated step falls within its window (the due day included), explained. */
export function withinWindow(
  what: 'response' | 'reconsideration',
  on: IsoDate,
  dueOn: IsoDate,
  source: string,
): Decision<'within' | 'late'> {
  const within = on <= dueOn;
  return decision(
    'carrier-performance-window',
    within ? 'within' : 'late',
    ['48 CFR 1609.7101-2', source],
    { on, dueOn },
    within
      ? `The ${what} dated ${on} is within the window, which closes on ${dueOn}.`
      : `The ${what} dated ${on} is late: the window closed on ${dueOn}.`,
  );
}
