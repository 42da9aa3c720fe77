// The audit log's filters as typed, checked, and turned into GET /api/v1/audit's query. Dates are
// calendar days in the viewer's time zone, the one the log's times are shown in: `from` is sent as the
// instant that day begins there and `to` as the instant the next day does (the API's `to` is
// exclusive). The purpose is recorded with the read, so it must say something (3 to 200 characters).
import { viewerTimeZone } from '../../i18n/format.ts';
import { nextDay, startOfDayIn } from '../../i18n/zoned-day.ts';
import { checkDateRange } from '../date-range.ts';

export { isCalendarDay } from '../date-range.ts';

export interface AuditFilters {
  personId: string;
  subject: string;
  outcome: '' | 'allowed' | 'refused';
  from: string;
  to: string;
  purpose: string;
  limit: string;
}

export type AuditField = 'personId' | 'subject' | 'from' | 'to' | 'purpose';

export const AUDIT_FIELDS: readonly AuditField[] = ['personId', 'subject', 'from', 'to', 'purpose'];

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  personId: '',
  subject: '',
  outcome: '',
  from: '',
  to: '',
  purpose: '',
  limit: '25',
};

export const PAGE_SIZES = ['10', '25', '50', '100'] as const;

/** A problem's message key under audit.errors. */
export type AuditProblem = 'personId' | 'date' | 'toBeforeFrom' | 'purposeLength' | 'subjectLength';

export function checkAuditFilters(filters: AuditFilters): Partial<Record<AuditField, AuditProblem>> {
  const problems: Partial<Record<AuditField, AuditProblem>> = {};
  const personId = filters.personId.trim();
  if (personId !== '' && !/^[1-9]\d{0,14}$/.test(personId)) problems.personId = 'personId';
  if (filters.subject.trim().length > 255) problems.subject = 'subjectLength';
  Object.assign(problems, checkDateRange(filters));
  const purpose = filters.purpose.trim();
  if (purpose !== '' && (purpose.length < 3 || purpose.length > 200)) problems.purpose = 'purposeLength';
  return problems;
}

/** The API path for one page of the log; filters left empty are left out. */
export function auditPath(
  filters: AuditFilters,
  cursor: string | null,
  timeZone: string = viewerTimeZone(),
): string {
  const query = new URLSearchParams();
  query.set('limit', (PAGE_SIZES as readonly string[]).includes(filters.limit) ? filters.limit : '25');
  const add = (name: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed !== '') query.set(name, trimmed);
  };
  add('personId', filters.personId);
  add('subject', filters.subject);
  add('outcome', filters.outcome);
  const from = filters.from.trim();
  const to = filters.to.trim();
  if (from !== '') query.set('from', startOfDayIn(from, timeZone));
  if (to !== '') query.set('to', startOfDayIn(nextDay(to), timeZone));
  add('purpose', filters.purpose);
  if (cursor) query.set('cursor', cursor);
  return `audit?${query.toString()}`;
}
