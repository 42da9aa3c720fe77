// The enrollee portal's pages under /portal, as data: portal-area.tsx makes its routes from this list,
// and the end-to-end page scan visits every page it names.
export type PortalPageKey =
  | 'home'
  | 'eligibility'
  | 'plans'
  | 'enroll'
  | 'lifeEvent'
  | 'reconsideration'
  | 'help'
  | 'history'
  | 'documents';

export interface PortalPage {
  readonly key: PortalPageKey;
  /** Under /portal; '' is the start page. */
  readonly path: string;
}

export const PORTAL_PAGES: readonly PortalPage[] = [
  { key: 'home', path: '' },
  { key: 'eligibility', path: 'eligibility' },
  { key: 'plans', path: 'plans' },
  { key: 'enroll', path: 'enroll' },
  { key: 'lifeEvent', path: 'life-event' },
  { key: 'reconsideration', path: 'reconsideration' },
  { key: 'help', path: 'help' },
  { key: 'history', path: 'history' },
  { key: 'documents', path: 'documents' },
];
