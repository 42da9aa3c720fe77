// The dashboard's pages and who may open each: the API refuses the rest with 403, so the menu hides
// them. Carriers read no program-wide figures (a report on other carriers' plans is refused), so their
// start page is the calendar and their own plans instead of the open season report.
import type { Role } from '../api/session.tsx';

export type DashboardPageKey =
  | 'openSeason'
  | 'exchange'
  | 'workQueue'
  | 'contactCenter'
  | 'staffing'
  | 'supportPlan'
  | 'audit'
  | 'cx'
  | 'cxMaturity'
  | 'performance'
  | 'performanceSummary'
  | 'partBDocuments';

export interface DashboardPage {
  readonly key: DashboardPageKey;
  /** Under /dashboard; '' is the start page. */
  readonly path: string;
  readonly roles: readonly Role[];
  /** The page has pages of its own under its path (e.g. performance/evaluations/:id). */
  readonly nested?: boolean;
  /** In the menu only: a nested page above answers its address. */
  readonly menuOnly?: boolean;
}

const STAFF: readonly Role[] = ['program_administrator', 'auditor'];

export const DASHBOARD_PAGES: readonly DashboardPage[] = [
  { key: 'openSeason', path: '', roles: ['program_administrator', 'auditor', 'carrier'] },
  // The carrier data exchange: a carrier's own files, discrepancies and members; staff choose a carrier.
  { key: 'exchange', path: 'exchange', roles: ['carrier', 'program_administrator', 'auditor'] },
  // The reconciliation team's work queue: only program administrators work exceptions.
  { key: 'workQueue', path: 'work-queue', roles: ['program_administrator'] },
  { key: 'contactCenter', path: 'contact-center', roles: STAFF },
  { key: 'staffing', path: 'staffing', roles: STAFF },
  { key: 'supportPlan', path: 'support-plan', roles: STAFF },
  { key: 'audit', path: 'audit', roles: STAFF },
  // Customer experience (A-11 Section 280): the survey results beside the contact center, and the
  // maturity self-assessment with its action plans; the API gives them to program staff only.
  { key: 'cx', path: 'cx', roles: STAFF },
  { key: 'cxMaturity', path: 'cx/maturity', roles: STAFF },
  // Part B exception documents people sent (5 CFR 890.1604(e)): administrators review, auditors look.
  { key: 'partBDocuments', path: 'part-b-documents', roles: STAFF },
  // Carrier performance: the contracting officer's workspace (a carrier reads its own evaluations),
  // and the program-wide table of carriers by score, for staff only.
  {
    key: 'performance',
    path: 'performance',
    roles: ['contracting_officer', 'program_administrator', 'auditor', 'carrier'],
    nested: true,
  },
  {
    key: 'performanceSummary',
    path: 'performance/summary',
    roles: ['contracting_officer', 'program_administrator', 'auditor'],
    menuOnly: true,
  },
];

export const DASHBOARD_ROLES: readonly Role[] = [
  'program_administrator',
  'auditor',
  'carrier',
  'contracting_officer',
];

/** The pages this role may open, in menu order. */
export function pagesFor(role: Role): DashboardPage[] {
  return DASHBOARD_PAGES.filter((page) => page.roles.includes(role));
}

export function hrefOf(page: DashboardPage): string {
  return page.path ? `/dashboard/${page.path}` : '/dashboard';
}
