// What the support case, queue and incident commands share: the options every one of them takes, the
// operator as the recorded actor, option checks, and a change run in one transaction.
import { PshbError } from '../errors.ts';
import type { Executor } from '../storage/executor.ts';
import type { Store } from '../storage/store.ts';
import type { CaseActor } from '../support/cases/case-actor.ts';
import { operatorId } from './arguments.ts';

export interface Common {
  json?: boolean;
  actor?: string;
}

/** The operator acts as a program administrator of no partner. */
export function operator(id: string | undefined): CaseActor {
  return { id: operatorId(id), role: 'program_administrator', partner: null };
}

export function oneOf<T extends string>(option: string, text: string, values: readonly T[]): T {
  if (!(values as readonly string[]).includes(text))
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not one of ${values.join(', ')}`);
  return text as T;
}

/** Runs a change in one transaction. */
export function changing<T>(store: Store, work: (executor: Executor) => Promise<T>): Promise<T> {
  return store.transaction((tx) => work(tx));
}

export function instantOption(option: string, text: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(at.getTime()))
    throw new PshbError('INVALID_INPUT', `${option}: "${text}" is not an ISO 8601 date or instant`);
  return at;
}
