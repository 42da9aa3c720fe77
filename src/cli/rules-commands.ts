// pshb rules evaluate: decide one self-contained rules case (docs/rules-case-format.md) and print every
// decision with its paragraphs, facts and explanation. No database: the case carries the household.
import type { Command } from 'commander';
import { namingSource, readCaseInput } from './case-input.ts';
import { evaluateCase } from '../rules/case.ts';
import { shippedCaseLoaders } from '../exchange/shipped-case-loaders.ts';
import { printJson } from './output.ts';

export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('the regulation rules of 5 CFR 890 subpart P');
  rules
    .command('evaluate')
    .argument('[case]', 'a rules case JSON file; "-" or nothing reads standard input')
    .description(
      'decide a rules case and print each decision with its citations, facts and explanation as JSON',
    )
    .action(async (file: string | undefined) => {
      const { source, json } = await readCaseInput(file, 'INVALID_INPUT');
      printJson(namingSource(source, () => evaluateCase(json, shippedCaseLoaders)));
    });
}
