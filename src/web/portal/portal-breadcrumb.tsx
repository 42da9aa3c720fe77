// The way back to the portal's home from each of its pages.
import { useTranslation } from 'react-i18next';
import { AreaBreadcrumb } from '../layout/area-breadcrumb.tsx';

export function PortalBreadcrumb({ current }: { current: string }) {
  const { t } = useTranslation('portal');
  return (
    <AreaBreadcrumb
      label={t('breadcrumb.label')}
      home="/portal"
      homeLabel={t('home.title')}
      current={current}
    />
  );
}
