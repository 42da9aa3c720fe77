// Due process after an accepted carrier performance evaluation, and the money: one operation a file.
export * from './check-overdue-rebates.ts';
export * from './decide-reconsideration.ts';
export * from './issue-final-determination.ts';
export * from './issue-findings-notice.ts';
export * from './money-statement.ts';
export * from './read-notice.ts';
export * from './record-carrier-response.ts';
export * from './record-rebate.ts';
export * from './record-reserve-deposit.ts';
export * from './record-withheld.ts';
export * from './request-reconsideration.ts';
export * from './schedule-withhold.ts';
export * from './settle-evaluation.ts';
export type { MoneyStatementView, MoneyEntryView } from './money-ledger.ts';
export type { NoticeView } from './notice-view.ts';
export type { ReconsiderationView } from './reconsideration-view.ts';
export type { MoneyInput } from './record-money-entry.ts';
export type { StepContext } from './due-process-step.ts';
