// The masked matches of a caller search; choosing one opens the form for a new case about them.
import { Button, Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from './console-types.ts';

export function CallerResults({
  matches,
  chosen,
  onChoose,
}: {
  matches: readonly PersonMatch[];
  chosen: number | null;
  onChoose: (person: PersonMatch) => void;
}) {
  const { t } = useTranslation('console');
  if (matches.length === 0) return <p role="status">{t('search.noMatch')}</p>;
  return (
    <>
      <p role="status">{t('search.matches', { count: matches.length })}</p>
      <Table caption={t('search.resultsCaption')} fullWidth stackedStyle="headers">
        <thead>
          <tr>
            <th scope="col">{t('search.name')}</th>
            <th scope="col">{t('search.birthYear')}</th>
            <th scope="col">{t('search.ssn')}</th>
            <th scope="col">{t('search.relationship')}</th>
            <th scope="col">{t('search.action')}</th>
          </tr>
        </thead>
        <tbody>
          {matches.map((person) => (
            <tr key={person.id} data-testid={`caller-${person.id}`}>
              <th scope="row" data-label={t('search.name')}>
                {person.name}
              </th>
              <td data-label={t('search.birthYear')}>{person.birthYear}</td>
              <td data-label={t('search.ssn')}>{t('search.maskedSsn', { lastFour: person.ssnLastFour })}</td>
              <td data-label={t('search.relationship')}>
                {t(`relationships.${person.relationship}`, { defaultValue: person.relationship })}
              </td>
              <td data-label={t('search.action')}>
                <Button
                  type="button"
                  outline={chosen !== person.id}
                  aria-pressed={chosen === person.id}
                  onClick={() => onChoose(person)}
                >
                  {t('search.openCaseFor', { name: person.name })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
