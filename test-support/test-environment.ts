// Tests stand where an entry point stands: they read the configuration from process.env when they build
// a server, as `pshb serve` does at its start. Some move the program date between requests; the clock
// here reads PSHB_PROGRAM_DATE on every call so they can, while the product's clock is fixed at start.
import { readEnvironment, type Environment } from '../src/config/configuration.ts';
import { programClock, PROGRAM_DATE_VARIABLE, type ProgramClock } from '../src/domain/program-clock.ts';

/** The configuration as the test process's environment gives it now. */
export function testEnvironment(): Environment {
  return readEnvironment(process.env);
}

/** A program clock that follows PSHB_PROGRAM_DATE in the test's environment from request to request. */
export const testProgramClock: ProgramClock = {
  get fixedDate() {
    return currentClock().fixedDate;
  },
  today: () => currentClock().today(),
  dayOf: (instant) => currentClock().dayOf(instant),
};

function currentClock(): ProgramClock {
  const environment = readEnvironment({ [PROGRAM_DATE_VARIABLE]: process.env[PROGRAM_DATE_VARIABLE] });
  return programClock(environment.PSHB_PROGRAM_DATE, () => new Date());
}
