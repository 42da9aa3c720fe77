// Due process after an accepted carrier performance evaluation, and the money (pure rules).
export * from './deadlines.ts';
export * from './due-process-parameters.ts';
export * from './money-statement.ts';
export * from './state-machine.ts';
export * from './withhold-split.ts';
