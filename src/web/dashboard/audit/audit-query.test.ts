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
        'UTC',
      ),
    ).toBe(
      'audit?limit=25&personId=12&outcome=refused&from=2024-11-20T00%3A00%3A00.000Z&purpose=case+7+review&cursor=abc',
    );
  });

  it('sends whole days in the viewer’s time zone, the one the log’s times are shown in', () => {
    const path = auditPath(
      { ...EMPTY_AUDIT_FILTERS, from: '2024-11-20', to: '2024-11-21' },
      null,
      'America/New_York',
    );
    const query = new URLSearchParams(path.slice('audit?'.length));
    expect(query.get('from')).toBe('2024-11-20T05:00:00.000Z');
    expect(query.get('to')).toBe('2024-11-22T05:00:00.000Z');
    const honolulu = new URLSearchParams(
      auditPath({ ...EMPTY_AUDIT_FILTERS, to: '2024-11-21' }, null, 'Pacific/Honolulu').slice(6),
    );
    expect(honolulu.get('to')).toBe('2024-11-22T10:00:00.000Z');
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
