// Checks shared by the evidence operations: a carrier code, a contract year, a measure key.
import { PshbError } from '../../errors.ts';

export function checkedCarrier(code: string, field = 'carrierCode'): string {
  const trimmed = code.trim();
  if (!/^[0-9A-Za-z-]{1,20}$/.test(trimmed))
    throw new PshbError(
      'INVALID_INPUT',
      `${field}: "${code}" is not a carrier code (letters, digits, dashes)`,
    );
  return trimmed;
}

export function checkedYear(year: number, field = 'contractYear'): number {
  if (!Number.isInteger(year) || year < 1960 || year > 2200)
    throw new PshbError('INVALID_INPUT', `${field}: ${String(year)} is not a contract year (1960 to 2200)`);
  return year;
}

export function checkedPlan(plan: string | null | undefined, field = 'planCode'): string | null {
  if (plan === undefined || plan === null || plan.trim() === '') return null;
  if (!/^[0-9A-Za-z-]{1,20}$/.test(plan.trim()))
    throw new PshbError('INVALID_INPUT', `${field}: "${plan}" is not a plan code`);
  return plan.trim();
}

/** A measure key: lower-case words with dashes, sections joined by dots (e.g. cahps.customer-service). */
export const MEASURE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;
