// The simulation's moments are Eastern wall-clock times ("2024-11-11 09:30", the contact centers' own
// clock); as instants they are shown like every other time, in the viewer's zone with the zone named.
import { startOfDayIn } from '../../i18n/zoned-day.ts';

export const SIMULATION_TIME_ZONE = 'America/New_York';

/** "YYYY-MM-DD HH:MM" on the simulation's Eastern clock, as an ISO instant. */
export function simulationInstant(wallClock: string): string {
  const [day = '', time = '00:00'] = wallClock.split(' ');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const start = Date.parse(startOfDayIn(day, SIMULATION_TIME_ZONE));
  return new Date(start + (hours * 60 + minutes) * 60_000).toISOString();
}
