// A USWDS table that may be wider than the page: it scrolls sideways inside its own region
// (layout/table-region.tsx), named by the table's caption. Under it, a button downloads the table as
// CSV, made in the browser from the rows shown, with the column names in the page's language
// (table-csv.ts); `csv={false}` leaves it out.
import { Button, Table } from '@trussworks/react-uswds';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../layout/table-region.tsx';
import { csvFileName, tableRows, toCsv } from './table-csv.ts';

function download(caption: string, table: HTMLTableElement | null) {
  if (!table) return;
  const blob = new Blob([toCsv(tableRows(table))], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(caption);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ScrollableTable({
  caption,
  children,
  csv = true,
}: {
  caption: string;
  children: ReactNode;
  csv?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const region = useRef<HTMLDivElement>(null);
  return (
    <>
      <div ref={region}>
        <TableRegion label={caption}>
          <Table caption={caption} fullWidth compact>
            {children}
          </Table>
        </TableRegion>
      </div>
      {csv ? (
        <Button
          type="button"
          unstyled
          className="margin-bottom-2"
          onClick={() => download(caption, region.current?.querySelector('table') ?? null)}
        >
          {t('table.downloadCsv', { table: caption })}
        </Button>
      ) : null}
    </>
  );
}
