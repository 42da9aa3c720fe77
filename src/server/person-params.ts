// The path parameter of every /persons/{id} route.
import { z } from 'zod';

export const personParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The person id'),
});
