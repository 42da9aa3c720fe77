// The enrollment lifecycle as pure functions: the state machine and its transitions, life events,
// terminations, cancellation, temporary extension and continuation, court-ordered enrollment,
// corrections, reconsideration and contributions. See docs/lifecycle.md.
export * from './states.ts';
export * from './requests.ts';
export * from './effective-date-rules.ts';
export * from './open-season.ts';
export * from './life-events.ts';
export * from './temporary-extension.ts';
export * from './cancellation.ts';
export * from './part-b-removal.ts';
export * from './suspension.ts';
export * from './temporary-continuation.ts';
export * from './court-ordered-enrollment.ts';
export * from './administrative-error.ts';
export * from './transition.ts';
export * from './reconsideration.ts';
export * from './contributions.ts';
export * from './refusal-reasons.ts';
