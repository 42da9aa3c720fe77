// A list of my records (requests, transitions, events) as a table with a caption and column headers, or
// one sentence when there is none yet.
import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { TableRegion } from '../layout/table-region.tsx';

export function RecordTable<Item>({
  items,
  caption,
  headers,
  empty,
  children,
}: {
  /** In the order to show them. */
  items: readonly Item[];
  caption: string;
  headers: readonly string[];
  /** What to say when there is no record. */
  empty: string;
  /** One row (a tr with its key) per item. */
  children: (item: Item) => ReactNode;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <TableRegion label={caption}>
      <Table bordered fullWidth caption={caption}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{items.map(children)}</tbody>
      </Table>
    </TableRegion>
  );
}
