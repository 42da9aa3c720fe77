// The help desk's reference data (reference-data/support-desk/): the wrap-up codes a case is closed
// with, and the knowledge base specialists read from and quote into notes. Each file carries its
// source and version, is validated on every load, and is read once per process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { formatJsonPath, PshbError } from '../../errors.ts';
import { planId } from '../plan/plan-id.ts';

const DESK = fileURLToPath(new URL('../../../reference-data/support-desk/', import.meta.url));

const language = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code');

const provenance = {
  id: planId,
  version: z.string().min(1),
  source: z.string().min(1),
  sourceNote: z.string().min(1),
};

export const wrapUpCodes = z.strictObject({
  ...provenance,
  codes: z
    .array(
      z.strictObject({
        id: planId,
        name: z.string().min(1),
        description: z.string().min(1),
        /** The name in other languages, by language code ("es"). */
        translations: z.record(language, z.strictObject({ name: z.string().min(1) })).optional(),
      }),
    )
    .min(1),
});
export type WrapUpCodes = z.infer<typeof wrapUpCodes>;

export const knowledgeBase = z.strictObject({
  ...provenance,
  articles: z
    .array(
      z.strictObject({
        id: planId,
        title: z.string().min(1),
        /** What the specialist reads, and may insert into a note. */
        body: z.string().min(1),
        keywords: z.array(z.string().min(1)).default([]),
        /** Where the answer comes from: a regulation, a program page. */
        citation: z.string().min(1),
        translations: z
          .record(language, z.strictObject({ title: z.string().min(1), body: z.string().min(1) }))
          .optional(),
      }),
    )
    .min(1),
});
export type KnowledgeBase = z.infer<typeof knowledgeBase>;

function load<S extends z.ZodType>(name: string, schema: S): z.output<S> {
  const file = `${DESK}${name}.json`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PshbError('INVALID_FILE', `${file}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new PshbError(
      'INVALID_FILE',
      `${file}: ${parsed.error.issues.length} problem(s)`,
      parsed.error.issues.map((issue) => ({ field: formatJsonPath(issue.path), message: issue.message })),
    );
  const ids = parsed.data as { codes?: { id: string }[]; articles?: { id: string }[] };
  const list = ids.codes ?? ids.articles ?? [];
  const seen = new Set<string>();
  for (const { id } of list) {
    if (seen.has(id)) throw new PshbError('INVALID_FILE', `${file}: "${id}" appears twice`);
    seen.add(id);
  }
  return parsed.data;
}

let loaded: { wrapUp: WrapUpCodes; knowledge: KnowledgeBase } | undefined;

/** The shipped wrap-up codes and knowledge base, read once per process. */
export function deskReference(): { wrapUp: WrapUpCodes; knowledge: KnowledgeBase } {
  loaded ??= {
    wrapUp: load('wrap-up-codes', wrapUpCodes),
    knowledge: load('knowledge-base', knowledgeBase),
  };
  return loaded;
}

/** The wrap-up code a case is closed with, or INVALID_INPUT naming the codes there are. */
export function checkWrapUpCode(codes: WrapUpCodes, code: string): WrapUpCodes['codes'][number] {
  const found = codes.codes.find((c) => c.id === code);
  if (!found)
    throw new PshbError(
      'INVALID_INPUT',
      `unknown wrap-up code "${code}"; codes: ${codes.codes.map((c) => c.id).join(', ')}`,
      [{ field: 'wrapUpCode', message: 'one of the wrap-up codes' }],
    );
  return found;
}
