import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPartBDocumentPolicy } from '../reference-data.ts';
import { checkDocumentFile, partBDocumentDue, sniffMediaType } from './part-b-document.ts';

const policy = loadPartBDocumentPolicy();
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('5 CFR 890.1604(e): documentation in the form and frequency OPM prescribes', () => {
  it('890.1604(e): the document is due on the day OPM prescribes, and overdue after it', () => {
    const due = partBDocumentDue(policy, '2025-01-15');
    expect(due).toMatchObject({ outcome: 'due', dueOn: policy.dueOn, citations: ['5 CFR 890.1604(e)'] });
    expect(due.facts).toMatchObject({ asOf: '2025-01-15', policyVersion: policy.version });
    expect(partBDocumentDue(policy, policy.dueOn).outcome).toBe('due');
    const late = partBDocumentDue(policy, '2025-04-01');
    expect(late.outcome).toBe('overdue');
    expect(late.explanation).toContain(policy.dueOn);
  });

  it('890.1604(e): a PDF, JPEG or PNG whose bytes match its declared type is taken in', () => {
    expect(checkDocumentFile(policy, 'application/pdf', PDF)).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
    expect(checkDocumentFile(policy, 'image/png', PNG)).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkDocumentFile(policy, 'image/jpeg', JPEG)).toEqual({ ok: true, mediaType: 'image/jpeg' });
  });

  it('890.1604(e): an empty, oversized, unlisted or disguised file is refused with the reason', () => {
    expect(checkDocumentFile(policy, 'application/pdf', new Uint8Array())).toEqual({
      ok: false,
      refusal: 'empty',
    });
    const big = new Uint8Array(policy.maxBytes + 1);
    big.set(PDF);
    expect(checkDocumentFile(policy, 'application/pdf', big)).toEqual({ ok: false, refusal: 'too_large' });
    expect(checkDocumentFile(policy, 'application/x-msdownload', PDF)).toEqual({
      ok: false,
      refusal: 'type_not_accepted',
    });
    const program = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00]); // "MZ": a Windows program named .pdf
    expect(checkDocumentFile(policy, 'application/pdf', program)).toEqual({
      ok: false,
      refusal: 'content_not_matching_type',
    });
    expect(checkDocumentFile(policy, 'image/png', PDF)).toEqual({
      ok: false,
      refusal: 'content_not_matching_type',
    });
  });

  it('property: a file is taken in only when its first bytes are those of its declared type', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom(...policy.acceptedMediaTypes),
        (bytes, declared) => {
          const checked = checkDocumentFile(policy, declared, bytes);
          expect(checked.ok).toBe(bytes.length > 0 && sniffMediaType(bytes) === declared);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
