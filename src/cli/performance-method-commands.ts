// pshb performance method list|validate and pshb performance evaluate CASE.json: the carrier
// performance methods as reference data (reference-data/carrier-performance/), and one
// self-contained case evaluated by the pure engine (docs/carrier-performance.md). No database.
import { isAbsolute, relative } from 'node:path';
import type { Command } from 'commander';
import {
  SHIPPED_PERFORMANCE_METHODS,
  invalidMethods,
  loadPerformanceMethods,
  readPerformanceMethodFolder,
  validatePerformanceMethodFile,
} from '../exchange/carrier-performance/method-catalogue.ts';
import { evaluatePerformanceCase } from '../exchange/carrier-performance/performance-case.ts';
import { namingSource, readCaseInput } from './case-input.ts';
import { printJson } from './output.ts';
import { formatMethodList, formatPerformanceCase } from './performance-format.ts';

interface MethodOptions {
  dir?: string;
  json?: boolean;
}

export function registerPerformanceMethodCommands(performance: Command): void {
  const method = performance
    .command('method')
    .description(
      'the evaluation methods as versioned data: 48 CFR 1609.7101 (1998) and the Plan Performance Assessment',
    );

  method
    .command('list')
    .description(
      'every method: id, version, contract years in force, outcome (withhold or adjustment) and cap',
    )
    .option('--dir <folder>', 'the folder of method files (default: reference-data/carrier-performance/)')
    .option('--json', 'print as JSON')
    .action((options: MethodOptions) => {
      const methods = loadPerformanceMethods(options.dir ?? SHIPPED_PERFORMANCE_METHODS);
      if (options.json) printJson(methods);
      else process.stdout.write(formatMethodList(methods));
    });

  method
    .command('validate')
    .description('check a method file against the method format (or every file of the folder)')
    .argument('[file]', 'a method file (JSON); the whole folder when left out')
    .option('--dir <folder>', 'the folder checked when no file is given')
    .option('--json', 'print as JSON')
    .action((file: string | undefined, options: MethodOptions) => {
      const where = file ?? options.dir ?? shippedFolder();
      const results =
        file === undefined
          ? readPerformanceMethodFolder(where).map((result) => ({
              file: result.file,
              problems: result.problems,
            }))
          : [{ file, problems: validatePerformanceMethodFile(file) }];
      const problems = results.flatMap((result) => result.problems);
      const checked = results.map((result) => result.file);
      if (options.json) printJson({ valid: problems.length === 0, checked, problems });
      if (problems.length > 0) throw invalidMethods(where, problems);
      if (!options.json) for (const name of checked) process.stdout.write(`valid: ${name}\n`);
    });

  performance
    .command('evaluate')
    .argument('[case]', 'a performance case JSON file; "-" or nothing reads standard input')
    .description(
      'evaluate a self-contained case (method, evidence, premium base, accepted factors): factors per element, the total, the cap and the amount',
    )
    .option('--json', 'print the proposal and the accepted amount as JSON')
    .action(async (file: string | undefined, options: { json?: boolean }) => {
      const { source, json } = await readCaseInput(file, 'PERFORMANCE_CASE_INVALID');
      const result = namingSource(source, () => evaluatePerformanceCase(json));
      if (options.json) printJson(result);
      else process.stdout.write(formatPerformanceCase(result));
    });
}

// Files are named as the operator would type them: relative to where pshb runs, when inside it.
function shippedFolder(): string {
  const relativePath = relative(process.cwd(), SHIPPED_PERFORMANCE_METHODS);
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath)
    ? SHIPPED_PERFORMANCE_METHODS
    : relativePath;
}
