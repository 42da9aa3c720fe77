// The carrier performance methods shipped as reference data (reference-data/carrier-performance/),
// read from the repository, not bundled, so a new carrier letter is a new data file. Each file is
// validated on every load; a problem is named as `file: field: message` (or `file: line N: ...` for
// JSON that does not parse), like the partner files.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PshbError, formatJsonPath } from '../../errors.ts';
import { inForce, yearsInForce } from '../../rules/carrier-performance/factor-cap.ts';
import {
  performanceMethodSchema,
  type PerformanceMethod,
} from '../../rules/carrier-performance/performance-method.ts';

export const SHIPPED_PERFORMANCE_METHODS = fileURLToPath(
  new URL('../../../reference-data/carrier-performance/', import.meta.url),
);

export interface MethodFileResult {
  readonly file: string;
  readonly method?: PerformanceMethod;
  /** Each as `file: field: message`. */
  readonly problems: readonly string[];
}

/** A method from JSON text (`file` names it in problems); an inline method of a case uses the same. */
export function parsePerformanceMethod(json: unknown, file: string): MethodFileResult {
  const parsed = performanceMethodSchema.safeParse(json);
  if (!parsed.success)
    return {
      file,
      problems: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map(
              (key) =>
                `${file}: ${formatJsonPath([...issue.path, key])}: not a field of a method (misspelt?)`,
            )
          : [`${file}: ${formatJsonPath(issue.path)}: ${issue.message}`],
      ),
    };
  return { file, method: parsed.data, problems: [] };
}

function readMethodFile(file: string): MethodFileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${file}: cannot read the method file (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = lineOfJsonError(text, message);
    return { file, problems: [`${file}: ${line === undefined ? '(root)' : `line ${line}`}: ${message}`] };
  }
  const result = parsePerformanceMethod(json, file);
  const expected = result.method ? `${result.method.id}.json` : undefined;
  if (expected && basename(file) !== expected && file.endsWith('.json'))
    return {
      ...result,
      problems: [`${file}: id: the file of method "${result.method!.id}" is named ${expected}`],
    };
  return result;
}

/** The problems of one method file, each as `file: field: message`; none when it is valid. */
export function validatePerformanceMethodFile(path: string): readonly string[] {
  return readMethodFile(path).problems;
}

/** Every method file of a folder with its problems (for `pshb performance method validate`). */
export function readPerformanceMethodFolder(
  dir: string = SHIPPED_PERFORMANCE_METHODS,
): readonly MethodFileResult[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${dir}: cannot read the method folder (${(error as Error).message})`);
  }
  return names.sort().map((name) => readMethodFile(join(dir, name)));
}

/** The methods of a folder (the shipped ones by default), or PERFORMANCE_METHOD_INVALID naming every problem. */
export function loadPerformanceMethods(
  dir: string = SHIPPED_PERFORMANCE_METHODS,
): readonly PerformanceMethod[] {
  const results = readPerformanceMethodFolder(dir);
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) throw invalidMethods(dir, problems);
  return results
    .map((result) => result.method!)
    .sort((a, b) => a.effectiveFromYear - b.effectiveFromYear || a.id.localeCompare(b.id));
}

export function invalidMethods(where: string, problems: readonly string[]): PshbError {
  return new PshbError(
    'PERFORMANCE_METHOD_INVALID',
    `${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the method files:\n${problems.join('\n')}`,
    problems.map((message) => ({ message })),
  );
}

/**
 * The method named by `methodId`, or else the one in force for `contractYear`;
 * PERFORMANCE_METHOD_UNKNOWN when there is none.
 */
export function methodFor(contractYear: number, methodId?: string, dir?: string): PerformanceMethod {
  const methods = loadPerformanceMethods(dir);
  const listed = methods.map((method) => `${method.id} (${yearsInForce(method)})`).join(', ');
  if (methodId !== undefined) {
    const named = methods.find((method) => method.id === methodId);
    if (!named)
      throw new PshbError(
        'PERFORMANCE_METHOD_UNKNOWN',
        `no performance method "${methodId}"; methods: ${listed}`,
      );
    return named;
  }
  // The latest method that has begun, if two ever overlap.
  const inYear = methods.filter((method) => inForce(method, contractYear)).at(-1);
  if (!inYear)
    throw new PshbError(
      'PERFORMANCE_METHOD_UNKNOWN',
      `no performance method is in force for contract year ${contractYear}; methods: ${listed}`,
    );
  return inYear;
}

function lineOfJsonError(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}
