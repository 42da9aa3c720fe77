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
      },
    });
  });

  it('maps the API problem paths back to the form fields', () => {
    expect(fieldOfPath('body.serviceLevel')).toBe('serviceLevelPercent');
    expect(fieldOfPath('body.intervalSeconds')).toBe('intervalMinutes');
    expect(fieldOfPath('body.unknown')).toBeUndefined();
  });
});
