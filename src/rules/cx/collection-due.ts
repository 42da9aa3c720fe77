// A quarter's customer-experience data is due within 30 days of the quarter's end (OMB Circular A-11,
// Section 280), the quarter counted in the federal fiscal year that begins on October 1
// (31 U.S.C. 1102). A collection not yet submitted is due until that day and overdue after it.
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { decision, type Decision } from '../decision.ts';
import type { CollectionState } from './collection-state.ts';
import { quarterEnd, type FiscalQuarter } from './fiscal-quarter.ts';

export const DUE_DAYS_AFTER_QUARTER = 30;
export const DUE_CITATIONS = ['31 U.S.C. 1102', 'OMB Circular A-11, Section 280'] as const;

/** The day a quarter's data is due: 30 days after the quarter's last day. */
export function collectionDueOn(quarter: FiscalQuarter): IsoDate {
  return addDays(quarterEnd(quarter), DUE_DAYS_AFTER_QUARTER);
}

export type DueStatus = 'not_yet_due' | 'due' | 'overdue' | 'done';

/**
 * Where a collection stands against its due day on `today`: done once submitted or further (or
 * reported as not reported), not yet due while the quarter runs, due until the due day, overdue after.
 */
export function collectionDueStatus(
  quarter: FiscalQuarter,
  state: CollectionState | null,
  today: IsoDate,
): Decision<DueStatus> & { readonly dueOn: IsoDate } {
  const dueOn = collectionDueOn(quarter);
  const ends = quarterEnd(quarter);
  const done = state !== null && state !== 'draft' && state !== 'change_requested';
  const outcome: DueStatus = done
    ? 'done'
    : today <= ends
      ? 'not_yet_due'
      : today <= dueOn
        ? 'due'
        : 'overdue';
  const words: Record<DueStatus, string> = {
    done: `The quarter's data is ${state ?? ''}; nothing is due.`,
    not_yet_due: `The quarter ends on ${ends}; its data is due by ${dueOn}.`,
    due: `The quarter ended on ${ends}; its data is due by ${dueOn}.`,
    overdue: `The quarter's data was due by ${dueOn} and is overdue.`,
  };
  return {
    ...decision(
      'cx-collection-due',
      outcome,
      DUE_CITATIONS,
      {
        fiscalYear: quarter.fiscalYear,
        quarter: quarter.quarter,
        state,
        today,
        quarterEnds: ends,
        dueOn,
      },
      words[outcome],
    ),
    dueOn,
  };
}
