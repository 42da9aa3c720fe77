// The way back from an evaluation to the list of the contract year's evaluations.
import { useTranslation } from 'react-i18next';
import { AreaBreadcrumb } from '../layout/area-breadcrumb.tsx';

export function PerformanceBreadcrumb({ current, year }: { current: string; year?: number | undefined }) {
  const { t } = useTranslation('performance');
  return (
    <AreaBreadcrumb
      label={t('breadcrumb.label')}
      home={year ? `/dashboard/performance?year=${year}` : '/dashboard/performance'}
      homeLabel={t('list.title')}
      current={current}
    />
  );
}
