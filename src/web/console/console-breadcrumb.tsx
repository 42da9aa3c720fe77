// The way back to the queue from each console page.
import { useTranslation } from 'react-i18next';
import { AreaBreadcrumb } from '../layout/area-breadcrumb.tsx';

export function ConsoleBreadcrumb({ current }: { current: string }) {
  const { t } = useTranslation('console');
  return (
    <AreaBreadcrumb
      label={t('breadcrumb.label')}
      home="/console"
      homeLabel={t('breadcrumb.queue')}
      current={current}
    />
  );
}
