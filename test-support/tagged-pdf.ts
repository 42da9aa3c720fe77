// What makes a PDF tagged, read from its bytes: the catalog's StructTreeRoot, MarkInfo with Marked
// true, the document language, and the structure types used (H1, P, Table, TH...). pdfkit writes the
// catalog and structure elements uncompressed, so a text search of the bytes finds them.
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
    lang: /\/Lang \(([^)]*)\)/.exec(text)?.[1] ?? null,
    displayDocTitle: /\/DisplayDocTitle true/.test(text),
    structureTypes: [...new Set(types)].sort(),
  };
}
