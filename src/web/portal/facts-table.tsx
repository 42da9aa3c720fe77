// The facts a decision was made on, as a table: plain labels in the reader's language, values written
// for people (yes/no, days in full, dollars, plan names, words); a fact with no such label or value is
// left out (decision-messages.ts factsShown), never shown as the rules keep it.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../layout/table-region.tsx';
import { factsShown } from './decision-messages.ts';
import type { NoticeWords } from './notice-words.ts';
import type { FactValue } from './portal-types.ts';

export function FactsTable({
  facts,
  caption,
  words,
}: {
  facts: Readonly<Record<string, FactValue>>;
  caption: string;
  words: NoticeWords;
}) {
  const { t } = useTranslation('notices');
  const rows = factsShown(facts);
  if (rows.length === 0) return null;
  return (
    <TableRegion label={caption}>
      <Table bordered compact fullWidth caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('facts.fact')}</th>
            <th scope="col">{t('facts.value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{t(row.labelKey)}</th>
              <td>{words.fact(row.text)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
