// Where a person lives, as 5 CFR 890.1604(d)(1)(iii) draws the line.
import type { Residence } from '../domain/person.ts';

/** The States and DC (US), Puerto Rico, the U.S. Virgin Islands, Guam, American Samoa, the N. Mariana Islands. */
const UNITED_STATES = new Set(['US', 'PR', 'VI', 'GU', 'AS', 'MP']);

export function residesInUnitedStates(residence: Residence): boolean {
  return UNITED_STATES.has(residence.country);
}
