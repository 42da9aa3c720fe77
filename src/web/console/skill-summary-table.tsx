// Per skill of a partner's queue: cases waiting, how many are overdue, and the next due time.
import { Table } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../layout/table-region.tsx';
import { useFormat } from '../i18n/format.ts';
import type { SkillSummary } from './console-types.ts';
import type { PlanWords } from './plan-words.ts';

export function SkillSummaryTable({ skills, words }: { skills: readonly SkillSummary[]; words: PlanWords }) {
  const { t } = useTranslation('console');
  const format = useFormat();
  return (
    <TableRegion label={t('queue.skillsCaption')}>
      <Table caption={t('queue.skillsCaption')} fullWidth striped>
        <thead>
          <tr>
            <th scope="col">{t('queue.skill')}</th>
            <th scope="col" className="text-right">
              {t('queue.open')}
            </th>
            <th scope="col" className="text-right">
              {t('queue.overdue')}
            </th>
            <th scope="col">{t('queue.nextDue')}</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => (
            <tr key={skill.skill}>
              <th scope="row">{words.skill(skill.skill)}</th>
              <td className="text-right">{format.number(skill.open)}</td>
              <td className="text-right">{format.number(skill.overdue)}</td>
              <td>{skill.nextDueAt ? format.dateTime(skill.nextDueAt) : t('queue.none')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </TableRegion>
  );
}
