// Identifiers that tie the plan together: partners, skills, request types, messages and levels are
// referred to by these short names everywhere else in the plan, so a typo is caught as a broken link.
import { z } from 'zod';

export const planId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, starting with a letter');

/** A fraction from 0 to 1. */
export const fraction = z.number().min(0, 'a fraction from 0 to 1').max(1, 'a fraction from 0 to 1');

/** Optional note saying where a figure comes from or that it is an assumption. */
export const sourceNote = z.string().min(1).optional();
