// The app's route list: every area under its address, who may open it, and its pages. The router
// (app.tsx) and each area's routes are made from these lists, and the end-to-end page scan
// (src/web/layout/page-scan.e2e.test.ts) visits every page they name, in English and Spanish at 320
// pixels: a page added to a list is checked without touching the scan.
import type { Role } from './api/session.tsx';
import { CONSOLE_PAGES, CONSOLE_ROLES } from './console/console-pages.ts';
import { DASHBOARD_PAGES, DASHBOARD_ROLES } from './dashboard/dashboard-pages.ts';
import { PORTAL_PAGES } from './portal/portal-pages.ts';

export type AppAreaKey = 'landing' | 'portal' | 'console' | 'dashboard' | 'survey' | 'plans';

export interface AreaPage {
  /** Under the area's address; '' is its start page; ':name' stands for a value in the address. */
  readonly path: string;
  /** Who may open it, when narrower than the area. */
  readonly roles?: readonly Role[];
  /** The page has pages of its own under its address, reached by its links. */
  readonly nested?: boolean;
}

export interface AppArea {
  readonly key: AppAreaKey;
  /** '/' or '/name'; the area answers every address under it. */
  readonly path: string;
  /** Who may open it; null for everyone, signed in or not. */
  readonly roles: readonly Role[] | null;
  readonly pages: readonly AreaPage[];
}

export const APP_AREAS: readonly AppArea[] = [
  { key: 'landing', path: '/', roles: null, pages: [{ path: '' }] },
  { key: 'portal', path: '/portal', roles: ['enrollee'], pages: PORTAL_PAGES },
  { key: 'console', path: '/console', roles: CONSOLE_ROLES, pages: CONSOLE_PAGES },
  { key: 'dashboard', path: '/dashboard', roles: DASHBOARD_ROLES, pages: DASHBOARD_PAGES },
  // The survey an invitation links to: anyone with the link, signed in or not (the token is the key).
  { key: 'survey', path: '/survey', roles: null, pages: [{ path: ':token' }] },
  // Browse plans and their costs by ZIP Code before signing in: everyone.
  { key: 'plans', path: '/plans', roles: null, pages: [{ path: '' }] },
];

export interface AppPage {
  /** The page's address, e.g. /portal/plans or /console/cases/:id. */
  readonly address: string;
  /** Who may open it; null for everyone. */
  readonly roles: readonly Role[] | null;
  readonly nested: boolean;
}

/** Every page of the app, area by area, in menu order. */
export function appPages(areas: readonly AppArea[] = APP_AREAS): AppPage[] {
  return areas.flatMap((area) =>
    area.pages.map((page) => ({
      address: addressOf(area.path, page.path),
      roles: page.roles ?? area.roles,
      nested: page.nested ?? false,
    })),
  );
}

function addressOf(areaPath: string, pagePath: string): string {
  if (!pagePath) return areaPath;
  return areaPath === '/' ? `/${pagePath}` : `${areaPath}/${pagePath}`;
}

/** The router's path for an area: the area's address and everything under it. */
export function routePathOf(area: AppArea): string {
  return area.path === '/' ? '/' : `${area.path}/*`;
}
