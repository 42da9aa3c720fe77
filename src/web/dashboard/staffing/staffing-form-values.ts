// The staffing calculator's form as typed, checked and turned into the API's request: people type the
// service level as a percent and the interval in minutes; the API takes a fraction and seconds. Each
// problem names its field, as a key of the dashboard strings.
import type { StaffingRequest } from '../dashboard-api-types.ts';

export interface StaffingFormValues {
  calls: string;
  intervalMinutes: string;
  ahtSeconds: string;
  serviceLevelPercent: string;
  answerWithinSeconds: string;
  /** Empty for Erlang C (callers never hang up); a number for Erlang A. */
  patienceSeconds: string;
  /** Share of paid time off the phones (breaks, training, absence), as a percent; empty for none. */
  shrinkagePercent: string;
}

export type StaffingField = keyof StaffingFormValues;

export const STAFFING_FIELDS: readonly StaffingField[] = [
  'calls',
  'intervalMinutes',
  'ahtSeconds',
  'serviceLevelPercent',
  'answerWithinSeconds',
  'patienceSeconds',
  'shrinkagePercent',
];

/** The planning figures of the open season plan: 80% within 30 seconds, 6-minute calls. */
export const STAFFING_DEFAULTS: StaffingFormValues = {
  calls: '300',
  intervalMinutes: '30',
  ahtSeconds: '360',
  serviceLevelPercent: '80',
  answerWithinSeconds: '30',
  patienceSeconds: '',
  shrinkagePercent: '',
};

/** A problem's message key under staffing.errors. */
export type StaffingProblem = 'required' | 'notNumber' | 'negative' | 'positive' | 'percent' | 'shrinkage';

export type StaffingCheck =
  | { readonly ok: true; readonly request: StaffingRequest }
  | { readonly ok: false; readonly problems: Partial<Record<StaffingField, StaffingProblem>> };

function number(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

export function checkStaffingForm(values: StaffingFormValues): StaffingCheck {
  const problems: Partial<Record<StaffingField, StaffingProblem>> = {};
  const read = (
    field: StaffingField,
    rule: 'nonNegative' | 'positive' | 'percent' | 'shrinkage',
    optional = false,
  ) => {
    const value = number(values[field]);
    if (value === null) {
      if (!optional) problems[field] = 'required';
      return undefined;
    }
    if (Number.isNaN(value)) problems[field] = 'notNumber';
    else if (rule === 'nonNegative' && value < 0) problems[field] = 'negative';
    else if (rule === 'positive' && value <= 0) problems[field] = 'positive';
    else if (rule === 'percent' && (value < 0 || value > 100)) problems[field] = 'percent';
    // All of the time off the phones would need infinitely many agents scheduled.
    else if (rule === 'shrinkage' && (value < 0 || value >= 100)) problems[field] = 'shrinkage';
    return value;
  };
  const calls = read('calls', 'nonNegative');
  const intervalMinutes = read('intervalMinutes', 'positive');
  const ahtSeconds = read('ahtSeconds', 'positive');
  const percent = read('serviceLevelPercent', 'percent');
  const answerWithinSeconds = read('answerWithinSeconds', 'nonNegative');
  const patienceSeconds = read('patienceSeconds', 'positive', true);
  const shrinkagePercent = read('shrinkagePercent', 'shrinkage', true);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      calls: calls!,
      intervalSeconds: intervalMinutes! * 60,
      ahtSeconds: ahtSeconds!,
      serviceLevel: percent! / 100,
      answerWithinSeconds: answerWithinSeconds!,
      ...(patienceSeconds !== undefined ? { patienceSeconds } : {}),
      ...(shrinkagePercent !== undefined ? { shrinkage: shrinkagePercent / 100 } : {}),
    },
  };
}

/** The form field a server-side problem path (e.g. "body.serviceLevel") belongs to. */
export function fieldOfPath(path: string): StaffingField | undefined {
  const name = path.replace(/^body\./, '');
  const fields: Record<string, StaffingField> = {
    calls: 'calls',
    intervalSeconds: 'intervalMinutes',
    ahtSeconds: 'ahtSeconds',
    serviceLevel: 'serviceLevelPercent',
    answerWithinSeconds: 'answerWithinSeconds',
    patienceSeconds: 'patienceSeconds',
    shrinkage: 'shrinkagePercent',
  };
  return fields[name];
}
