// Checks of command-line arguments that several commands share, each naming the argument it refuses.
import { userInfo } from 'node:os';
import { isIsoDate, type IsoDate } from '../domain/dates.ts';
import { PshbError } from '../errors.ts';

/** A positive whole number (an id, a count), or INVALID_INPUT naming the argument. */
export function positiveId(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not a positive whole number`);
  }
  return value;
}

/** A day given as YYYY-MM-DD (undefined when the option was not given), or INVALID_INPUT naming it. */
export function dayOption(text: string | undefined, name: string): IsoDate | undefined {
  if (text === undefined) return undefined;
  if (!isIsoDate(text))
    throw new PshbError('INVALID_INPUT', `${name}: "${text}" is not a date in YYYY-MM-DD form`);
  return text;
}

/** Who acts at the command line, for the record: --actor, or cli:<the operating-system user>. */
export function operatorId(actor: string | undefined): string {
  return actor ?? `cli:${userInfo().username}`;
}
