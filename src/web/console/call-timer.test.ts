import { describe, expect, it } from 'vitest';
import { clockText, elapsedMs, paused, resumed, startedAt } from './call-timer.ts';

describe('call timer', () => {
  it('counts the time it ran, pauses left out', () => {
    let timer = startedAt(0);
    expect(elapsedMs(timer, 65_000)).toBe(65_000);
    timer = paused(timer, 65_000);
    expect(elapsedMs(timer, 200_000)).toBe(65_000);
    timer = resumed(timer, 200_000);
    expect(elapsedMs(timer, 210_000)).toBe(75_000);
    expect(paused(paused(timer, 210_000), 300_000)).toEqual(paused(timer, 210_000));
  });

  it('reads m:ss, and h:mm:ss from an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_400)).toBe('1:05');
    expect(clockText(3_725_000)).toBe('1:02:05');
  });
});
