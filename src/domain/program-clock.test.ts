import { describe, expect, it } from 'vitest';
import { programDateSetting, programDayOf, programToday } from './program-clock.ts';

describe('program clock', () => {
  it('runs on the real UTC day by default', () => {
    expect(programToday({})).toBe(new Date().toISOString().slice(0, 10));
    expect(programDateSetting({})).toBeNull();
  });

  it('takes the day PSHB_PROGRAM_DATE sets', () => {
    expect(programToday({ PSHB_PROGRAM_DATE: '2024-11-20' })).toBe('2024-11-20');
  });

  it('refuses a date that does not exist, naming the variable', () => {
    expect(() => programToday({ PSHB_PROGRAM_DATE: '2024-02-30' })).toThrow(/PSHB_PROGRAM_DATE/);
  });

  it('dates a recorded instant on the program day: its UTC day, or the fixed date', () => {
    expect(programDayOf('2026-11-24T01:30:00.000Z', {})).toBe('2026-11-24');
    expect(programDayOf('2026-11-24T01:30:00.000Z', { PSHB_PROGRAM_DATE: '2024-11-20' })).toBe('2024-11-20');
  });
});
