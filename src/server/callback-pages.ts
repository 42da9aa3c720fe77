// The pages of the callback lists (the API's and pshb callbacks list): ordered by due time then id, the
// cursor (pagination.ts) holds the last row's due time and id.
import { z } from 'zod';
import type { CallbackPageRequest } from '../support/cases/callbacks.ts';
import { cutPage, decodeCursor, type Page } from './pagination.ts';

/** The page asked for: limit + 1 rows after the cursor's (due time, id), to tell whether more follow. */
export function callbackPageRequest(query: {
  limit: number;
  cursor?: string | undefined;
}): CallbackPageRequest {
  const after = decodeCursor(query.cursor, { dueAt: z.iso.datetime(), id: z.number().int().positive() });
  return { limit: query.limit + 1, after };
}

/** The page of at most `limit` rows, with the cursor of the next when more follow. */
export function callbackPage<Item extends { readonly id: number; readonly dueAt: string }>(
  rows: readonly Item[],
  limit: number,
): Page<Item> {
  return cutPage(
    rows,
    limit,
    (row) => row,
    (row) => ({ dueAt: row.dueAt, id: row.id }),
  );
}
