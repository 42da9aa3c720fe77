// The regulation rules of 5 CFR 890 subpart P as pure functions; see docs/rules-case-format.md.
export * from './decision.ts';
export * from './catalogue-index.ts';
export * from './rules-context.ts';
export * from './medicare-status.ts';
export * from './residence.ts';
export * from './evidence.ts';
export * from './part-b.ts';
export * from './eligibility.ts';
export * from './open-season-election.ts';
export * from './automatic-enrollment.ts';
export * from './family-coverage.ts';
export * from './effective-dates.ts';
export * from './enrollment.ts';
export * from './part-b-termination.ts';
export * from './belated-enrollment.ts';
export * from './household.ts';
export { countingElection } from './counting-election.ts';
