import { describe, expect, it } from 'vitest';
import { hrefOf, pagesFor } from './dashboard-pages.ts';

describe('dashboard pages by role', () => {
  it('gives administrators every page, auditors every page but the work queue', () => {
    expect(pagesFor('program_administrator').map(hrefOf)).toEqual([
      '/dashboard',
      '/dashboard/exchange',
      '/dashboard/work-queue',
      '/dashboard/contact-center',
      '/dashboard/staffing',
      '/dashboard/support-plan',
      '/dashboard/audit',
      '/dashboard/cx',
      '/dashboard/cx/maturity',
      '/dashboard/part-b-documents',
      '/dashboard/performance',
      '/dashboard/performance/summary',
    ]);
    expect(pagesFor('auditor').map(hrefOf)).toEqual([
      '/dashboard',
      '/dashboard/exchange',
      '/dashboard/contact-center',
      '/dashboard/staffing',
      '/dashboard/support-plan',
      '/dashboard/audit',
      '/dashboard/cx',
      '/dashboard/cx/maturity',
      '/dashboard/part-b-documents',
      '/dashboard/performance',
      '/dashboard/performance/summary',
    ]);
  });

  it('gives carriers their start page and their exchange page: the API refuses them the program-wide reports', () => {
    expect(pagesFor('carrier').map((page) => page.key)).toEqual(['openSeason', 'exchange', 'performance']);
  });

  it('gives the contracting officer the carrier performance workspace and summary only', () => {
    expect(pagesFor('contracting_officer').map(hrefOf)).toEqual([
      '/dashboard/performance',
      '/dashboard/performance/summary',
    ]);
  });

  it('gives enrollees and specialists nothing', () => {
    expect(pagesFor('enrollee')).toEqual([]);
    expect(pagesFor('support_specialist')).toEqual([]);
  });
});
