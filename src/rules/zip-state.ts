// Plans where a person lives: the state of a ZIP Code, from the three-digit prefix assignments of the
// USPS (reference-data/plan-costs/zip3-states.json), and whether an option serves that state. A
// comprehensive medical plan serves a geographic area (5 U.S.C. 8903(4)); the catalogue lists the states
// of a regional option (regions), as 5 CFR 890.1605(c) reads plans "in the same geographic area"; a
// nationwide option serves every state.
import type { ZipPrefixTable } from '../domain/plan-costs.ts';

/** Five digits, or ZIP+4 with a hyphen. */
export const ZIP_CODE_PATTERN = /^\d{5}(-\d{4})?$/;

/** The state (or territory, or military mail code) of a ZIP Code; null when its prefix is unassigned or it is malformed. */
export function stateOfZip(table: ZipPrefixTable, zip: string): string | null {
  if (!ZIP_CODE_PATTERN.test(zip)) return null;
  const prefix = zip.slice(0, 3);
  for (const range of table.ranges) if (prefix >= range.from && prefix <= range.to) return range.state;
  return null;
}

/**
 * The lowest ZIP Code prefix assigned to each state (or territory), so that a synthetic address can
 * carry a ZIP Code that places it in its own state.
 */
export function lowestPrefixOfEachState(table: ZipPrefixTable): Readonly<Record<string, string>> {
  const prefixes: Record<string, string> = {};
  for (const { state, from } of table.ranges) {
    const known = prefixes[state];
    if (known === undefined || from < known) prefixes[state] = from;
  }
  return prefixes;
}
