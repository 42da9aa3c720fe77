// Cursor pagination: list routes take ?limit= and ?cursor= and answer { items, nextCursor }. A cursor is
// opaque to clients (base64url JSON); only the route that issued it reads it back.
import { z } from 'zod';
import { PshbError } from '../errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`How many items to return (1-${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE})`),
  cursor: z
    .string()
    .max(512)
    .optional()
    .describe('The nextCursor of the previous page; omit for the first page'),
};

/** The response envelope of a list route. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
  });
}

export interface Page<Item> {
  readonly items: Item[];
  readonly nextCursor: string | null;
}

/** Encodes a position (for example the last id seen) as an opaque cursor. */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Reads a cursor back, checking each named field has the expected type. */
export function decodeCursor<Shape extends z.ZodRawShape>(
  cursor: string | undefined,
  shape: Shape,
): z.infer<z.ZodObject<Shape>> | null {
  if (cursor === undefined || cursor === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = z.strictObject(shape).safeParse(parsed);
  if (!result.success) {
    throw new PshbError('INVALID_INPUT', 'cursor: not a cursor this list issued; start again without it', [
      { field: 'querystring.cursor', message: 'not a cursor this list issued' },
    ]);
  }
  return result.data;
}

/**
 * Cuts a page from rows fetched with limit + 1: the extra row only tells there is a next page, whose
 * cursor points after the last row returned.
 */
export function cutPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => Record<string, string | number>,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}

/** The id a list ordered by id continues after: 0 on the first page. */
export function afterIdOf(cursor: string | undefined): number {
  return decodeCursor(cursor, { after: z.number().int().nonnegative() })?.after ?? 0;
}

/** cutPage for rows ordered by id and returned as they are: the next page starts after the last id. */
export function pageAfterId<Row extends { readonly id: number }>(
  rows: readonly Row[],
  limit: number,
): Page<Row> {
  return cutPage(
    rows,
    limit,
    (row) => row,
    (row) => ({ after: row.id }),
  );
}
