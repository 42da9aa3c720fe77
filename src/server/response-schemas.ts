// Building blocks of response schemas.
import { z } from 'zod';

/** An array in a response: the exchange functions return readonly arrays. */
export function readonlyArray<Item extends z.ZodType>(item: Item) {
  return z.array(item).readonly();
}
