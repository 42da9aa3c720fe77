// Documentation of a Part B exception (5 CFR 890.1604(e)): counted only once received.
import type { IsoDate } from '../domain/dates.ts';
import type { EvidenceKind, Person } from '../domain/person.ts';

export function hasEvidence(person: Person, kind: EvidenceKind, asOf: IsoDate): boolean {
  for (const item of person.evidence) {
    if (item.kind === kind && item.receivedOn <= asOf) return true;
  }
  return false;
}
