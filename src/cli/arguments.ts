// Checks of command-line arguments that several commands share, each naming the argument it refuses.
import { userInfo } from 'node:os';
import { PshbError } from '../errors.ts';

/** A positive whole number (an id, a count), or INVALID_INPUT naming the argument. */
export function positiveId(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not a positive whole number`);
  }
  return value;
}

/** Who acts at the command line, for the record: --actor, or cli:<the operating-system user>. */
export function operatorId(actor: string | undefined): string {
  return actor ?? `cli:${userInfo().username}`;
}
