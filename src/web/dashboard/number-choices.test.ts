import { describe, expect, it } from 'vitest';
import { minutesAndSeconds, NO_VALUE, orDash, percentDigits, shareOf } from './number-choices.ts';

describe('number choices', () => {
  it('shares a total, or says nothing when the total is 0', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });

  it('splits seconds into minutes and seconds', () => {
    expect(minutesAndSeconds(365.4)).toEqual({ minutes: 6, seconds: 5 });
    expect(minutesAndSeconds(59.6)).toEqual({ minutes: 1, seconds: 0 });
    expect(minutesAndSeconds(-3)).toEqual({ minutes: 0, seconds: 0 });
  });

  it('shows a dash for a rate the report could not compute', () => {
    const percent = (n: number) => `${n * 100}%`;
    expect(orDash(null, percent)).toBe(NO_VALUE);
    expect(orDash(Number.NaN, percent)).toBe(NO_VALUE);
    expect(orDash(0, percent)).toBe('0%');
  });

  it('keeps a decimal only where a whole percent would hide the difference', () => {
    expect(percentDigits(0.8)).toBe(0);
    expect(percentDigits(0.995)).toBe(1);
    expect(percentDigits(0.004)).toBe(1);
  });
});
