import { describe, expect, it } from 'vitest';
import { checkStaffingForm, fieldOfPath, STAFFING_DEFAULTS } from './staffing-form-values.ts';

describe('the staffing form', () => {
  it('turns percents and minutes into the fraction and seconds the API takes', () => {
    expect(checkStaffingForm(STAFFING_DEFAULTS)).toEqual({
      ok: true,
      request: {
        calls: 300,
        intervalSeconds: 1800,
        ahtSeconds: 360,
        serviceLevel: 0.8,
        answerWithinSeconds: 30,
      },
    });
  });

  it('asks for Erlang A only when a patience is given, and reads thousands separators', () => {
    const check = checkStaffingForm({ ...STAFFING_DEFAULTS, calls: '1,200', patienceSeconds: '120' });
    expect(check).toMatchObject({ ok: true, request: { calls: 1200, patienceSeconds: 120 } });
  });

  it('names every field with a problem at once', () => {
    const check = checkStaffingForm({
      calls: '',
      intervalMinutes: '0',
      ahtSeconds: 'six',
      serviceLevelPercent: '120',
      answerWithinSeconds: '-1',
      patienceSeconds: '0',
      shrinkagePercent: '100',
    });
    expect(check).toEqual({
      ok: false,
      problems: {
        calls: 'required',
        intervalMinutes: 'positive',
        ahtSeconds: 'notNumber',
        serviceLevelPercent: 'percent',
        answerWithinSeconds: 'negative',
        patienceSeconds: 'positive',
        shrinkagePercent: 'shrinkage',
      },
    });
  });

  it('sends shrinkage as a fraction only when given, and refuses 100% or more', () => {
    expect(checkStaffingForm({ ...STAFFING_DEFAULTS, shrinkagePercent: '30' })).toMatchObject({
      ok: true,
      request: { shrinkage: 0.3 },
    });
    expect(checkStaffingForm({ ...STAFFING_DEFAULTS, shrinkagePercent: '0' })).toMatchObject({
      ok: true,
      request: { shrinkage: 0 },
    });
    expect(checkStaffingForm({ ...STAFFING_DEFAULTS, shrinkagePercent: '99.5' })).toMatchObject({ ok: true });
    expect(checkStaffingForm({ ...STAFFING_DEFAULTS, shrinkagePercent: '-1' })).toEqual({
      ok: false,
      problems: { shrinkagePercent: 'shrinkage' },
    });
    expect(fieldOfPath('body.shrinkage')).toBe('shrinkagePercent');
  });

  it('maps the API problem paths back to the form fields', () => {
    expect(fieldOfPath('body.serviceLevel')).toBe('serviceLevelPercent');
    expect(fieldOfPath('body.intervalSeconds')).toBe('intervalMinutes');
    expect(fieldOfPath('body.unknown')).toBeUndefined();
  });
});
