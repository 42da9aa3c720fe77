// The synthetic Postal population generator, writing roster CSV.
export {
  DEFAULT_PEOPLE,
  DEFAULT_SEED,
  generateRoster,
  type RosterCounts,
  type RosterOptions,
} from './generate-roster.ts';
export { restrictGeneratedRosters, writeRoster } from './write-roster.ts';
