import { describe, expect, it } from 'vitest';
import { durationParts, durationWords, slaClock } from './sla-clock.ts';

const now = new Date('2024-11-20T12:00:00Z');

describe('slaClock', () => {
  it('counts the time left before the due time', () => {
    expect(slaClock('2024-11-22T15:30:00Z', now)).toEqual({ urgency: 'on-track', minutes: 3090 });
  });

  it('calls a case due within four hours due soon', () => {
    expect(slaClock('2024-11-20T16:00:00Z', now).urgency).toBe('due-soon');
    expect(slaClock('2024-11-20T16:01:00Z', now).urgency).toBe('on-track');
  });

  it('counts how long a case is past its due time', () => {
    expect(slaClock('2024-11-20T10:45:00Z', now)).toEqual({ urgency: 'overdue', minutes: 75 });
  });
});

describe('durationWords', () => {
  it('keeps the two largest units', () => {
    expect(durationParts(3090)).toEqual([
      { unit: 'day', value: 2 },
      { unit: 'hour', value: 3 },
    ]);
    expect(durationParts(75)).toEqual([
      { unit: 'hour', value: 1 },
      { unit: 'minute', value: 15 },
    ]);
  });

  it('leaves out a zero second unit', () => {
    expect(durationParts(2 * 24 * 60)).toEqual([{ unit: 'day', value: 2 }]);
  });

  it('speaks English and Spanish with their plurals', () => {
    expect(durationWords(3090, 'en-US')).toBe('2 days, 3 hours');
    expect(durationWords(61, 'en-US')).toBe('1 hour, 1 minute');
    expect(durationWords(3090, 'es-US')).toBe('2 días y 3 horas');
    expect(durationWords(1, 'es-US')).toBe('1 minuto');
  });
});
