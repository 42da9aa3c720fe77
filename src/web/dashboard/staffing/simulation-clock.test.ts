import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../i18n/format.ts';
import { simulationInstant } from './simulation-clock.ts';

describe('a simulated moment on the Eastern clock', () => {
  it('is the instant it names, shown in the viewer’s zone', () => {
    expect(simulationInstant('2024-11-11 09:30')).toBe('2024-11-11T14:30:00.000Z');
    expect(formattersFor('en', 'America/Los_Angeles').dateTime(simulationInstant('2024-11-11 09:30'))).toBe(
      'Nov 11, 2024, 6:30 AM PST',
    );
    expect(formattersFor('es', 'America/New_York').dateTime(simulationInstant('2024-12-09 23:45'))).toBe(
      '9 dic 2024, 11:45 p.m. EST',
    );
  });
});
