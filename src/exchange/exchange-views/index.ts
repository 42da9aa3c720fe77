// The exchange's data as its API and screens show it, scoped to the partners a user may see.
export * from './discrepancy-views.ts';
export * from './exception-views.ts';
export * from './file-views.ts';
export * from './member-history.ts';
export * from './partner-scope.ts';
export * from './partner-views.ts';
