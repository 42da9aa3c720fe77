import { describe, expect, it } from 'vitest';
import { hrefOf, pagesFor } from './dashboard-pages.ts';

describe('dashboard pages by role', () => {
  it('gives administrators and auditors every page', () => {
    for (const role of ['program_administrator', 'auditor'] as const)
      expect(pagesFor(role).map(hrefOf)).toEqual([
        '/dashboard',
        '/dashboard/contact-center',
        '/dashboard/staffing',
        '/dashboard/support-plan',
        '/dashboard/audit',
      ]);
  });

  it('gives carriers only their start page: the API refuses them the program-wide reports', () => {
    expect(pagesFor('carrier').map((page) => page.key)).toEqual(['openSeason']);
  });

  it('gives enrollees and specialists nothing', () => {
    expect(pagesFor('enrollee')).toEqual([]);
    expect(pagesFor('support_specialist')).toEqual([]);
  });
});
