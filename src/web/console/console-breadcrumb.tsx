// The way back to the queue from each console page.
import { Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ConsoleBreadcrumb({ current }: { current: string }) {
  const { t } = useTranslation('console');
  return (
    <BreadcrumbBar navProps={{ 'aria-label': t('breadcrumb.label') }}>
      <Breadcrumb>
        <BreadcrumbLink asCustom={Link} to="/console">
          <span>{t('breadcrumb.queue')}</span>
        </BreadcrumbLink>
      </Breadcrumb>
      <Breadcrumb current>
        <span>{current}</span>
      </Breadcrumb>
    </BreadcrumbBar>
  );
}
