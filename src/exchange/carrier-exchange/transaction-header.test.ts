import { describe, expect, it } from 'vitest';
import type { Segment } from '../x12/segment.ts';
import { exampleHeader, exampleMember } from './companion-guide-examples.ts';
import { MemberLoopError } from './member-loop.ts';
import { inTransactionOrder, transactionBody } from './transaction-body.ts';
import { controlTotals, transactionHeader, transactionHeaderInput } from './transaction-header.ts';

const text = (segment: Segment): string => {
  const elements = segment.elements.map((element) =>
    typeof element === 'string' ? element : element.join(':'),
  );
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  return [segment.id, ...elements].join('*') + '~';
};

describe('the transaction header (BGN, REF 38, DTP 007, QTY, N1 P5, N1 IN)', () => {
  it('marks a change file BGN08 2 and counts subscribers, family members and all', () => {
    const header = transactionHeaderInput.parse(exampleHeader('changes', '2026-12-05'));
    expect(transactionHeader(header, { subscribers: 2, dependents: 3 }).map(text)).toEqual([
      'BGN*00*Z9-20261205-0001*20261205*1330*UT***2~',
      'REF*38*CS-9999~',
      'DTP*007*D8*20261205~',
      'QTY*DT*3~',
      'QTY*ET*2~',
      'QTY*TO*5~',
      'N1*P5*OPM PSHB PROGRAM*94*PSHB~',
      'N1*IN*EXAMPLE HEALTH PLAN*FI*990000009~',
    ]);
  });

  it('marks an audit file BGN08 4 (verify), leaves REF 38 out without a master policy', () => {
    const header = transactionHeaderInput.parse({
      ...exampleHeader('audit', '2027-12-01'),
      masterPolicyNumber: null,
    });
    const lines = transactionHeader(header, { subscribers: 1, dependents: 0 }).map(text);
    expect(lines[0]).toBe('BGN*00*Z9-20261201-AUDIT*20261205*1330*UT***4~');
    expect(lines[1]).toBe('DTP*007*D8*20271201~');
  });

  it('marks a resubmission BGN01 15 with the original reference in BGN06', () => {
    const header = transactionHeaderInput.parse({
      ...exampleHeader('changes', '2026-12-05'),
      resubmissionOf: 'Z9-20261204-0001',
    });
    expect(text(transactionHeader(header, { subscribers: 0, dependents: 0 })[0]!)).toBe(
      'BGN*15*Z9-20261205-0001*20261205*1330*UT*Z9-20261204-0001**2~',
    );
  });

  it('refuses a creation time that is not a UTC timestamp, and separators in names', () => {
    const header = transactionHeaderInput.parse({
      ...exampleHeader('changes', '2026-12-05'),
      createdAt: '2026-12-05 13:30',
    });
    expect(() => transactionHeader(header, { subscribers: 0, dependents: 0 })).toThrow('not a UTC timestamp');
    const bad = transactionHeaderInput.safeParse({
      ...exampleHeader('changes', '2026-12-05'),
      payer: { name: 'A*B', qualifier: 'FI', id: '990000009' },
    });
    expect(bad.error?.issues[0]?.path).toEqual(['payer', 'name']);
  });

  it('counts INS01 Y loops as ET and the others as DT', () => {
    const records = [exampleMember('enrollee'), exampleMember('spouse'), exampleMember('child')];
    expect(controlTotals(records)).toEqual({ subscribers: 1, dependents: 2 });
  });
});

describe('the transaction body', () => {
  it('puts each subscriber before their family members, enrollments in the order first met', () => {
    const other = exampleMember('enrollee', { subscriberId: 'P2000001', memberId: 'P2000001' });
    const ordered = inTransactionOrder([
      exampleMember('child'),
      other,
      exampleMember('enrollee'),
      exampleMember('spouse'),
    ]);
    expect(ordered.map((r) => r.memberId)).toEqual(['P1000001', 'P1000003', 'P1000002', 'P2000001']);
  });

  it('writes the header then the member loops, with totals from the members', () => {
    const records = [exampleMember('spouse'), exampleMember('enrollee')];
    const body = transactionBody(exampleHeader('changes', '2026-12-05'), records).map(text);
    expect(body.filter((line) => line.startsWith('QTY'))).toEqual(['QTY*DT*1~', 'QTY*ET*1~', 'QTY*TO*2~']);
    expect(body.filter((line) => line.startsWith('INS'))).toEqual([
      'INS*Y*18*021*28*A*C:0**RT~',
      'INS*N*01*021*28*A*A:0~',
    ]);
  });

  it('refuses an audit loop in a change file, and a change in an audit file', () => {
    const audit = exampleMember('enrollee', { event: { kind: 'audit', effectiveOn: '2027-12-01' } });
    expect(() => transactionBody(exampleHeader('changes', '2026-12-05'), [audit])).toThrow(MemberLoopError);
    expect(() => transactionBody(exampleHeader('audit', '2027-12-01'), [exampleMember('enrollee')])).toThrow(
      'member P1000001: event.kind: enrollment does not belong in an audit file',
    );
  });
});
