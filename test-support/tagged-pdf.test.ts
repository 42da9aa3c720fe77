// The document language of a tagged PDF is its catalog's /Lang, not that of a structure element marked
// in another language before it (as Chromium writes a Spanish page with one English part).
import { describe, expect, it } from 'vitest';
import { taggedPdfFacts } from './tagged-pdf.ts';

const pdf = (body: string) => new TextEncoder().encode(`%PDF-1.7\n${body}\n%%EOF\n`);

describe('taggedPdfFacts', () => {
  it("reads the catalog's language, not an English part's", () => {
    const facts = taggedPdfFacts(
      pdf(
        [
          '10 0 obj\n<</Type /StructElem\n/S /NonStruct\n/Lang (en)\n/P 9 0 R>>\nendobj',
          '9 0 obj\n<</Type /StructElem\n/S /Document\n/Lang (es)\n/P 8 0 R>>\nendobj',
          '1 0 obj\n<</Type /Catalog\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/StructTreeRoot 8 0 R\n/Lang (es)>>\nendobj',
        ].join('\n'),
      ),
    );
    expect(facts).toMatchObject({ lang: 'es', marked: true, structTreeRoot: true });
  });

  it('falls back to the first /Lang when the catalog names none', () => {
    expect(taggedPdfFacts(pdf('2 0 obj\n<</Type /StructElem\n/Lang (en-US)>>\nendobj')).lang).toBe('en-US');
    expect(taggedPdfFacts(pdf('1 0 obj\n<</Type /Catalog>>\nendobj')).lang).toBeNull();
  });
});
