// The audit log's filters as typed, checked, and turned into GET /api/v1/audit's query. Dates are
// calendar days (the API reads `from` from the start of that UTC day and `to` to its end); the purpose
// is recorded with the read, so it must say something (3 to 200 characters) when given.

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDay(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function checkAuditFilters(filters: AuditFilters): Partial<Record<AuditField, AuditProblem>> {
  const problems: Partial<Record<AuditField, AuditProblem>> = {};
  const personId = filters.personId.trim();
  if (personId !== '' && !/^[1-9]\d{0,14}$/.test(personId)) problems.personId = 'personId';
  if (filters.subject.trim().length > 255) problems.subject = 'subjectLength';
  const from = filters.from.trim();
  const to = filters.to.trim();
  if (from !== '' && !isCalendarDay(from)) problems.from = 'date';
  if (to !== '' && !isCalendarDay(to)) problems.to = 'date';
  if (!problems.from && !problems.to && from !== '' && to !== '' && to < from) problems.to = 'toBeforeFrom';
  const purpose = filters.purpose.trim();
  if (purpose !== '' && (purpose.length < 3 || purpose.length > 200)) problems.purpose = 'purposeLength';
  return problems;
}

/** The API path for one page of the log; filters left empty are left out. */
export function auditPath(filters: AuditFilters, cursor: string | null): string {
  const query = new URLSearchParams();
  query.set('limit', (PAGE_SIZES as readonly string[]).includes(filters.limit) ? filters.limit : '25');
  const add = (name: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed !== '') query.set(name, trimmed);
  };
  add('personId', filters.personId);
  add('subject', filters.subject);
  add('outcome', filters.outcome);
  add('from', filters.from);
  add('to', filters.to);
  add('purpose', filters.purpose);
  if (cursor) query.set('cursor', cursor);
  return `audit?${query.toString()}`;
}
