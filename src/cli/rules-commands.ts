// pshb rules evaluate: decide one self-contained rules case (docs/rules-case-format.md) and print every
// decision with its paragraphs, facts and explanation. No database: the case carries the household.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { PshbError } from '../errors.ts';
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
      const fromStdin = file === undefined || file === '-';
      const source = fromStdin ? 'standard input' : file;
      const json = parseJson(await readCase(fromStdin ? null : file), source);
      try {
        printJson(evaluateCase(json, shippedCaseLoaders));
      } catch (error) {
        // Name the file in front of the message; the details already name the JSON paths.
        if (error instanceof PshbError)
          throw new PshbError(error.code, `${source}: ${error.message}`, error.details);
        throw error;
      }
    });
}

async function readCase(file: string | null): Promise<string> {
  if (file === null) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${file}: cannot read the case file: ${(error as Error).message}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PshbError('INVALID_INPUT', `${source}: not valid JSON: ${(error as Error).message}`);
  }
}
