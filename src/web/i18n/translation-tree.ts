// A translation file as its keys and words, for the tests that hold English and Spanish to the same
// keys, no empty string and the same {{placeholders}} (i18n.test.ts and each area's own).
export type TranslationTree = { readonly [key: string]: string | TranslationTree };

/** Every string of the tree under its dotted key ("form.summaryHeading_one"). */
export function flattenTranslations(tree: TranslationTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenTranslations(value, path)) out.set(k, v);
  }
  return out;
}

/** The {{placeholders}} of a string, sorted. */
export function placeholdersOf(text: string): (string | undefined)[] {
  return [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
}

/** What keeps two languages' files from matching: a key in one only, an empty string, other placeholders. */
export function translationMismatches(english: TranslationTree, spanish: TranslationTree): string[] {
  const en = flattenTranslations(english);
  const es = flattenTranslations(spanish);
  const problems: string[] = [];
  for (const key of en.keys()) if (!es.has(key)) problems.push(`${key}: no Spanish`);
  for (const key of es.keys()) if (!en.has(key)) problems.push(`${key}: no English`);
  for (const [key, text] of [...en, ...es]) if (text.trim() === '') problems.push(`${key}: empty`);
  for (const [key, text] of en) {
    const other = es.get(key);
    if (other !== undefined && placeholdersOf(other).join() !== placeholdersOf(text).join())
      problems.push(`${key}: other placeholders in Spanish`);
  }
  return problems;
}
