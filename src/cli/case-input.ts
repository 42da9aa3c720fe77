// Reading a self-contained case (pshb rules evaluate, pshb performance evaluate): a JSON file or
// standard input, with every error naming where the case came from.
import { readFile } from 'node:fs/promises';
import { PshbError, type ErrorCode } from '../errors.ts';

export interface CaseInput {
  /** 'standard input' or the file's path, put in front of every error message. */
  readonly source: string;
  readonly json: unknown;
}

/** The case in `file` ("-" or nothing for standard input); bad JSON is refused with `invalidCode`. */
export async function readCaseInput(file: string | undefined, invalidCode: ErrorCode): Promise<CaseInput> {
  const fromStdin = file === undefined || file === '-';
  const source = fromStdin ? 'standard input' : file;
  const text = fromStdin ? await readStdin() : await readCaseFile(file);
  try {
    return { source, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new PshbError(invalidCode, `${source}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Runs `decide`, naming the case's source in front of a refusal; the details already name the fields. */
export function namingSource<T>(source: string, decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    if (error instanceof PshbError)
      throw new PshbError(error.code, `${source}: ${error.message}`, error.details);
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readCaseFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${file}: cannot read the case file: ${(error as Error).message}`);
  }
}
