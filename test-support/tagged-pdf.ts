// What makes a PDF tagged, read from its bytes: the catalog's StructTreeRoot, MarkInfo with Marked
// true, the document language, and the structure types used (H1, P, Table, TH...). pdfkit writes the
// catalog and structure elements uncompressed, so a text search of the bytes finds them (and so does
// Chromium's "Save as PDF").
export interface TaggedPdfFacts {
  readonly structTreeRoot: boolean;
  readonly marked: boolean;
  readonly lang: string | null;
  readonly displayDocTitle: boolean;
  readonly structureTypes: readonly string[];
}

export function taggedPdfFacts(bytes: Uint8Array): TaggedPdfFacts {
  const text = Buffer.from(bytes).toString('latin1');
  const types = [...text.matchAll(/\/S \/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
  return {
    structTreeRoot: /\/StructTreeRoot \d+ 0 R/.test(text),
    marked: /\/MarkInfo\s*(<<|\d+ 0 R)/.test(text) && /\/Marked true/.test(text),
    lang: catalogLang(text),
    displayDocTitle: /\/DisplayDocTitle true/.test(text),
    structureTypes: [...new Set(types)].sort(),
  };
}

/**
 * The document language: the catalog's /Lang (a structure element's own, e.g. a part marked
 * lang="en" in a Spanish page, is not the document's); the first /Lang when no catalog holds one.
 */
function catalogLang(text: string): string | null {
  const start = text.search(/\/Type\s*\/Catalog\b/);
  if (start >= 0) {
    const end = text.indexOf('endobj', start);
    const catalog = text.slice(start, end < 0 ? undefined : end);
    const own = /\/Lang \(([^)]*)\)/.exec(catalog)?.[1];
    if (own !== undefined) return own;
  }
  return /\/Lang \(([^)]*)\)/.exec(text)?.[1] ?? null;
}
