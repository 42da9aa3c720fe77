// Survey instruments for tests: the shipped ones read from reference-data/cx, with changes on demand.
import { readFileSync } from 'node:fs';
import {
  surveyInstrument,
  type A11LegacySurvey,
  type A11V2Survey,
} from '../src/rules/cx/survey-instrument.ts';

const SURVEYS = new URL('../reference-data/cx/surveys/', import.meta.url);

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, SURVEYS), 'utf8'));
}

export function v2Survey(changes: Partial<A11V2Survey> = {}): A11V2Survey {
  const survey = surveyInstrument.parse(read('a11-v2'));
  if (survey.kind !== 'a11-v2') throw new Error('a11-v2.json is not an A-11 v2 survey');
  return { ...survey, ...changes };
}

export function legacySurvey(changes: Partial<A11LegacySurvey> = {}): A11LegacySurvey {
  const survey = surveyInstrument.parse(read('a11-legacy'));
  if (survey.kind !== 'a11-legacy') throw new Error('a11-legacy.json is not a legacy survey');
  return { ...survey, ...changes };
}
