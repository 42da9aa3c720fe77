// The way back to an area's home (the portal's home, the console's queue) from each of its pages.
import { Breadcrumb, BreadcrumbBar, BreadcrumbLink } from '@trussworks/react-uswds';
import { Link } from 'react-router';

export function AreaBreadcrumb({
  label,
  home,
  homeLabel,
  current,
}: {
  /** The name of the breadcrumb navigation, for screen readers. */
  label: string;
  /** Where the first crumb leads. */
  home: string;
  homeLabel: string;
  current: string;
}) {
  return (
    <BreadcrumbBar navProps={{ 'aria-label': label }}>
      <Breadcrumb>
        <BreadcrumbLink asCustom={Link} to={home}>
          <span>{homeLabel}</span>
        </BreadcrumbLink>
      </Breadcrumb>
      <Breadcrumb current>
        <span>{current}</span>
      </Breadcrumb>
    </BreadcrumbBar>
  );
}
