// A USWDS table that may be wider than the page: it scrolls sideways inside a region that keyboard
// users can focus (and so scroll with the arrow keys), named by the table's caption.
import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export function ScrollableTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="margin-y-2" style={{ overflowX: 'auto' }}>
      <Table caption={caption} fullWidth compact>
        {children}
      </Table>
    </div>
  );
}
