import { describe, expect, it } from 'vitest';
import { programClock } from './program-clock.ts';

const at = (instant: string) => () => new Date(instant);

describe('program clock', () => {
  it('runs on the UTC day of the real time by default', () => {
    const clock = programClock(null, at('2026-11-24T23:30:00-05:00'));
    expect(clock.today()).toBe('2026-11-25');
    expect(clock.fixedDate).toBeNull();
  });

  it('takes the fixed day when one is set', () => {
    expect(programClock('2024-11-20', at('2026-11-24T10:00:00Z')).today()).toBe('2024-11-20');
  });

  it('dates a recorded instant on the program day: its UTC day, or the fixed date', () => {
    expect(programClock(null, at('2030-01-01T00:00:00Z')).dayOf('2026-11-24T01:30:00.000Z')).toBe(
      '2026-11-24',
    );
    expect(programClock('2024-11-20', at('2030-01-01T00:00:00Z')).dayOf('2026-11-24T01:30:00.000Z')).toBe(
      '2024-11-20',
    );
  });
});
