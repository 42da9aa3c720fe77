import { describe, expect, it } from 'vitest';
import { auditPath, checkAuditFilters, EMPTY_AUDIT_FILTERS, isCalendarDay } from './audit-query.ts';

describe('audit log filters', () => {
  it('sends only the filters given, with the page size and the cursor', () => {
    expect(auditPath(EMPTY_AUDIT_FILTERS, null)).toBe('audit?limit=25');
    expect(
      auditPath(
        {
          ...EMPTY_AUDIT_FILTERS,
          personId: ' 12 ',
          outcome: 'refused',
          from: '2024-11-20',
          purpose: 'case 7 review',
        },
        'abc',
      ),
    ).toBe('audit?limit=25&personId=12&outcome=refused&from=2024-11-20&purpose=case+7+review&cursor=abc');
  });

  it('falls back to 25 a page for a size the page does not offer', () => {
    expect(auditPath({ ...EMPTY_AUDIT_FILTERS, limit: '1000' }, null)).toBe('audit?limit=25');
  });

  it('names each field with a problem', () => {
    expect(
      checkAuditFilters({
        ...EMPTY_AUDIT_FILTERS,
        personId: '0',
        from: '2024-02-30',
        to: 'tomorrow',
        purpose: 'no',
      }),
    ).toEqual({ personId: 'personId', from: 'date', to: 'date', purpose: 'purposeLength' });
    expect(checkAuditFilters({ ...EMPTY_AUDIT_FILTERS, from: '2024-11-20', to: '2024-11-19' })).toEqual({
      to: 'toBeforeFrom',
    });
    expect(checkAuditFilters(EMPTY_AUDIT_FILTERS)).toEqual({});
  });

  it('knows real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('20-11-2024')).toBe(false);
  });
});
