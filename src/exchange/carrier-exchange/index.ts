// The carrier data exchange's pure mapping: enrollment facts to the body of an ASC X12 834
// (005010X220A1), everything between ST and SE. The interchange module (src/exchange/x12) wraps the
// segments in their envelope and serializes them; docs/834-companion-guide.md tells carriers what
// they receive.
export * from './carrier-event-kind.ts';
export * from './coverage-level.ts';
export * from './lifecycle-action-codes.ts';
export * from './medicare-standing.ts';
export * from './member-level-codes.ts';
export * from './member-loop.ts';
export * from './member-record.ts';
export * from './transaction-body.ts';
export * from './transaction-header.ts';
export * from './x12-dates.ts';
