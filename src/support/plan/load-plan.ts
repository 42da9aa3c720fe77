// Reading a support plan from a file: JSON syntax errors with their line, schema errors and broken
// cross-references each naming the file and the field, all reported together as one INVALID_FILE.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatJsonPath, PshbError, type ProblemDetail } from '../../errors.ts';
import { crossReferenceProblems } from './cross-references.ts';
import { supportPlan, type SupportPlan } from './support-plan.ts';

const SHIPPED = fileURLToPath(new URL('../../../reference-data/support-plans/', import.meta.url));

/** The plan in `text`, or INVALID_FILE naming `file` and every bad field. */
export function parseSupportPlan(text: string, file: string): SupportPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new PshbError('INVALID_FILE', `${file}: not valid JSON`, [
      { line: lineOfJsonError(text, message), message },
    ]);
  }
  return validateSupportPlan(json, file);
}

export function validateSupportPlan(json: unknown, file: string): SupportPlan {
  const parsed = supportPlan.safeParse(json);
  const details: ProblemDetail[] = parsed.success
    ? crossReferenceProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({ field: formatJsonPath(issue.path), message: issue.message }));
  if (details.length > 0 || !parsed.success)
    throw new PshbError(
      'INVALID_FILE',
      `${file}: ${details.length} problem${details.length === 1 ? '' : 's'} in the support plan`,
      details,
    );
  return parsed.data;
}

export function loadSupportPlanFile(file: string): SupportPlan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${file}: cannot read the support plan (${(error as Error).message})`);
  }
  return parseSupportPlan(text, file);
}

/** Names of the plans shipped in reference-data/support-plans/. */
export function listShippedPlans(): string[] {
  return readdirSync(SHIPPED)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export function shippedPlanPath(name: string): string {
  return `${SHIPPED}${name}.json`;
}

/** A shipped plan by name, or a plan file by path (anything with a slash or a .json ending). */
export function resolveSupportPlan(nameOrFile: string): { plan: SupportPlan; file: string } {
  if (/^[a-z0-9-]+$/.test(nameOrFile) && !nameOrFile.endsWith('.json')) {
    const names = listShippedPlans();
    if (!names.includes(nameOrFile))
      throw new PshbError(
        'NOT_FOUND',
        `no shipped support plan "${nameOrFile}"; shipped plans: ${names.join(', ')} (or give a file path)`,
      );
    const file = shippedPlanPath(nameOrFile);
    return { plan: loadSupportPlanFile(file), file };
  }
  return { plan: loadSupportPlanFile(nameOrFile), file: nameOrFile };
}

function lineOfJsonError(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}
