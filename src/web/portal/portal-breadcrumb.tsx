// The way back to the portal's home from each of its pages.
import { Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function PortalBreadcrumb({ current }: { current: string }) {
  const { t } = useTranslation('portal');
  return (
    <BreadcrumbBar navProps={{ 'aria-label': t('breadcrumb.label') }}>
      <Breadcrumb>
        <BreadcrumbLink asCustom={Link} to="/portal">
          <span>{t('home.title')}</span>
        </BreadcrumbLink>
      </Breadcrumb>
      <Breadcrumb current>
        <span>{current}</span>
      </Breadcrumb>
    </BreadcrumbBar>
  );
}
