// The due-process parameters as shipped (reference-data/carrier-performance/due-process/due-process.json), checked
// by their schema once and kept.
import { readFileSync } from 'node:fs';
import { invalidInput } from '../../../errors.ts';
import {
  dueProcessParametersSchema,
  type DueProcessParameters,
} from '../../../rules/carrier-performance/due-process/index.ts';

const SHIPPED = new URL(
  '../../../../reference-data/carrier-performance/due-process/due-process.json',
  import.meta.url,
);

let shipped: DueProcessParameters | undefined;

export function loadDueProcessParameters(path: URL | string = SHIPPED): DueProcessParameters {
  if (path === SHIPPED && shipped) return shipped;
  const parsed = dueProcessParametersSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw invalidInput(`${String(path)}: the due-process parameters are not valid`, parsed.error.issues);
  if (path === SHIPPED) shipped = parsed.data;
  return parsed.data;
}
