import { describe, expect, it } from 'vitest';
import { partBEvidenceNeeded, partBException } from './part-b-evidence.ts';
import type { Decision } from './portal-types.ts';

const partB = (outcome: string, exception: string | null, citations: string[] = []): Decision => ({
  rule: 'part-b',
  outcome,
  citations,
  facts: { exception },
  explanation: '',
});

describe('Part B exception and evidence', () => {
  it('names the exception an annuitant has and asks for nothing more', () => {
    const decision = partB('excepted', '5 CFR 890.1604(d)(1)(i)');
    expect(partBException(decision)).toBe('annuitant_before_program');
    expect(partBEvidenceNeeded(decision)).toBeNull();
  });

  it('asks for proof of VA enrollment while that exception is only claimed (890.1604(e))', () => {
    const decision = partB('pending_evidence', '5 CFR 890.1604(d)(1)(iv)');
    expect(partBException(decision)).toBe('va_health_care');
    expect(partBEvidenceNeeded(decision)).toBe('proof_of_va_enrollment');
  });

  it("waits on the annuitant's documentation for a family member, found from the citations", () => {
    const decision = partB('pending_evidence', null, [
      '5 CFR 890.1604(b)',
      '5 CFR 890.1604(d)(2)(i)',
      '5 CFR 890.1604(e)',
    ]);
    expect(partBEvidenceNeeded(decision)).toBe('annuitant_documentation');
  });

  it('has no exception when Part B is met or not required', () => {
    expect(partBException(partB('enrolled', null))).toBeNull();
    expect(partBEvidenceNeeded(partB('required_not_enrolled', null))).toBeNull();
  });
});
