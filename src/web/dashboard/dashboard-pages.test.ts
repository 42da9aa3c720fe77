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
    ]);
    expect(pagesFor('auditor').map(hrefOf)).toEqual([
      '/dashboard',
      '/dashboard/exchange',
      '/dashboard/contact-center',
      '/dashboard/staffing',
      '/dashboard/support-plan',
      '/dashboard/audit',
    ]);
  });

  it('gives carriers their start page and their exchange page: the API refuses them the program-wide reports', () => {
    expect(pagesFor('carrier').map((page) => page.key)).toEqual(['openSeason', 'exchange']);
  });

  it('gives enrollees and specialists nothing', () => {
    expect(pagesFor('enrollee')).toEqual([]);
    expect(pagesFor('support_specialist')).toEqual([]);
  });
});
