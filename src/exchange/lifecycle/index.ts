// The enrollment lifecycle over storage: where an enrollment stands, recording transitions,
// reconsideration requests and premiums. The API (src/server/lifecycle-routes.ts) and the CLI
// (src/cli/enrollment-commands.ts) both call these functions.
export * from './enrollment-state.ts';
export * from './lifecycle-context.ts';
export * from './lifecycle-request.ts';
export * from './record-transition.ts';
export * from './transition-history.ts';
export * from './reconsiderations.ts';
export * from './premiums.ts';
export * from './paper-receipt.ts';
