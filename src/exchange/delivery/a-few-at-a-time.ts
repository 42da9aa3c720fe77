// Work on several partners' files at once, a few at a time: while one file's rows are read or its
// record committed, PostgreSQL works on another core and the process builds another file. More than a
// few would only hold more of each file in memory at once.

/**
 * `work` for every item, at most `limit` running at once; the results in the items' order. After a
 * failure no further item is started, the ones running are let finish, and the first error is thrown,
 * as a loop doing one at a time would have stopped at it.
 */
export async function aFewAtATime<Item, Result>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number from 1: ${limit}`);
  const results: Result[] = new Array<Result>(items.length);
  const failures: unknown[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index]!);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
