// The 834 writer checked against the 005010X220A1 guide's rules as data, read with node-x12 (not the
// exchange's own reader): every example of the companion guide and generated member sets validate
// with no problem, and each kind of fault put into a written file is named by its segment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberSet } from '../../../test-support/member-records-arbitrary.ts';
import { written834 } from '../../../test-support/written-834.ts';
import { exampleHeader, GUIDE_EXAMPLES } from '../carrier-exchange/companion-guide-examples.ts';
import { parseInterchange } from '../x12/read-interchange.ts';
import { separators } from '../x12/separators.ts';
import { validate834 } from './validate-834.ts';
import { describeProblem, type ValidationProblem } from './validation-problem.ts';

const exampleFile = (name: string) => {
  const example = GUIDE_EXAMPLES.find((e) => e.name === name)!;
  return written834([
    { header: example.header ?? exampleHeader('changes', '2027-06-01'), records: example.records },
  ]);
};

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** The file with its lines changed, and SE01 recounted so only the intended fault remains. */
function mutated(text: string, change: (lines: string[]) => string[]): string {
  const out = change(lines(text));
  const st = out.findIndex((l) => l.startsWith('ST*'));
  const se = out.findIndex((l) => l.startsWith('SE*'));
  if (st >= 0 && se > st) out[se] = out[se]!.replace(/^SE\*\d+\*/, `SE*${se - st + 1}*`);
  return out.join('\n') + '\n';
}

const replaceLine = (pattern: RegExp, by: string | ((line: string) => string)) => (ls: string[]) => {
  const i = ls.findIndex((l) => pattern.test(l));
  expect(i, `no line matches ${pattern}`).toBeGreaterThanOrEqual(0);
  const copy = [...ls];
  copy[i] = typeof by === 'string' ? by : by(ls[i]!);
  return copy;
};
const dropLine = (pattern: RegExp) => (ls: string[]) => {
  const i = ls.findIndex((l) => pattern.test(l));
  expect(i, `no line matches ${pattern}`).toBeGreaterThanOrEqual(0);
  return ls.filter((_, j) => j !== i);
};

const summary = (problems: readonly ValidationProblem[]) =>
  problems.map(({ kind, segmentId, element, rule }) => ({ kind, segmentId, element, rule }));

describe('validate834 on the writer’s own files (005010X220A1)', () => {
  it('finds nothing wrong in any example of the companion guide', () => {
    for (const example of GUIDE_EXAMPLES) {
      const report = validate834(exampleFile(example.name));
      expect(report.problems.map(describeProblem), example.name).toEqual([]);
      expect(report.members).toBe(example.records.length);
    }
  });

  it('finds nothing wrong in generated change and audit files, whatever the separators and line ends', () => {
    const separatorSets = [
      separators(),
      separators({ element: '|', component: '>', repetition: '!', segment: '\n' }),
      separators({ element: '^', component: '\\', repetition: '{', segment: '~' }),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom('changes', 'audit') as fc.Arbitrary<'changes' | 'audit'>,
        fc.constantFrom(...separatorSets),
        fc.constantFrom('', '\n', '\r\n') as fc.Arbitrary<'' | '\n' | '\r\n'>,
        fc.integer({ min: 1, max: 999_999_998 }),
        fc.integer({ min: 1, max: 3 }),
        (kind, chosen, suffix, controlNumber, setCount) => {
          const records = fc.sample(memberSet(kind), { numRuns: setCount, seed: controlNumber });
          const text = written834(
            records.map((r) => ({ header: exampleHeader(kind, '2027-07-01'), records: r })),
            { separators: chosen, segmentSuffix: chosen.segment === '\n' ? '' : suffix, controlNumber },
          );
          const report = validate834(text);
          expect(report.problems.map(describeProblem)).toEqual([]);
          expect(report.transactionSets).toBe(setCount);
          expect(report.members).toBe(records.flat().length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('validate834 names each fault put into a written file', () => {
  const enrollment = exampleFile('automatic-enrollment');
  const check = (text: string) => summary(validate834(text).problems);

  it('a required segment dropped: REF*0F in loop 2000', () => {
    const report = validate834(mutated(enrollment, dropLine(/^REF\*0F\*/)));
    expect(summary(report.problems)).toEqual([
      { kind: 'required-segment', segmentId: 'INS', element: undefined, rule: undefined },
    ]);
    expect(describeProblem(report.problems[0]!)).toMatch(
      /^segment 12 \(INS\), line 12, loop 2000: .*no REF\*0F/,
    );
  });

  it('a required loop dropped: the payer (1000B, N1*IN)', () => {
    const report = validate834(mutated(enrollment, dropLine(/^N1\*IN\*/)));
    expect(summary(report.problems)).toEqual([
      { kind: 'required-loop', segmentId: 'BGN', element: undefined, rule: undefined },
    ]);
    expect(report.problems[0]!.message).toMatch(/no loop 1000B/);
  });

  it('two segments swapped: N4 before N3', () => {
    const swapped = mutated(enrollment, (ls) => {
      const i = ls.findIndex((l) => l.startsWith('N3*'));
      return [...ls.slice(0, i), ls[i + 1]!, ls[i]!, ...ls.slice(i + 2)];
    });
    const [problem, ...rest] = validate834(swapped).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ kind: 'segment-order', segmentId: 'N3', loop: '2100A', position: 20 });
  });

  it('loops swapped: the payer before the sponsor', () => {
    const swapped = mutated(enrollment, (ls) => {
      const i = ls.findIndex((l) => l.startsWith('N1*P5'));
      return [...ls.slice(0, i), ls[i + 1]!, ls[i]!, ...ls.slice(i + 2)];
    });
    expect(check(swapped)).toEqual([
      { kind: 'loop-order', segmentId: 'N1', element: undefined, rule: undefined },
    ]);
  });

  it('a wrong SE01', () => {
    const text = enrollment.replace(/^SE\*\d+\*/m, 'SE*7*');
    const report = validate834(text);
    expect(summary(report.problems)).toEqual([
      { kind: 'count', segmentId: 'SE', element: 'SE01', rule: undefined },
    ]);
    expect(describeProblem(report.problems[0]!)).toMatch(
      /SE01 says 7 segments from ST to SE, the file holds \d+/,
    );
  });

  it('a wrong GE01 and IEA01', () => {
    expect(check(enrollment.replace(/^GE\*1\*/m, 'GE*2*'))).toEqual([
      { kind: 'count', segmentId: 'GE', element: 'GE01', rule: undefined },
    ]);
    expect(check(enrollment.replace(/^IEA\*1\*/m, 'IEA*3*'))).toEqual([
      { kind: 'count', segmentId: 'IEA', element: 'IEA01', rule: undefined },
    ]);
  });

  it('mismatched control numbers: ST02/SE02, GS06/GE02, ISA13/IEA02', () => {
    expect(check(enrollment.replace(/^(SE\*\d+\*)0001/m, '$10002'))).toEqual([
      { kind: 'control-number', segmentId: 'SE', element: 'SE02', rule: undefined },
    ]);
    expect(check(enrollment.replace(/^GE\*1\*43/m, 'GE*1*44'))).toEqual([
      { kind: 'control-number', segmentId: 'GE', element: 'GE02', rule: undefined },
    ]);
    expect(check(enrollment.replace(/^IEA\*1\*000000042/m, 'IEA*1*000000041'))).toEqual([
      { kind: 'control-number', segmentId: 'IEA', element: 'IEA02', rule: undefined },
    ]);
  });

  it('an element longer than the guide allows: NM103 of 61 characters', () => {
    const text = mutated(
      enrollment,
      replaceLine(/^NM1\*IL\*1\*RIVERA\*ANA/, (l) => l.replace('RIVERA', 'R'.repeat(61))),
    );
    const report = validate834(text);
    expect(summary(report.problems)).toEqual([
      { kind: 'element-length', segmentId: 'NM1', element: 'NM103', rule: undefined },
    ]);
    expect(describeProblem(report.problems[0]!)).toMatch(
      /^segment 18 \(NM1\), line 18, loop 2100A: NM103 "R+" is 61 characters, outside 1-60$/,
    );
  });

  it('a code outside the guide’s lists: HD05, INS03, and the component INS06-1', () => {
    const badLevel = mutated(
      enrollment,
      replaceLine(/^HD\*/, (l) => l.replace('E1D', 'SELF')),
    );
    expect(check(badLevel)).toEqual([
      { kind: 'element-code', segmentId: 'HD', element: 'HD05', rule: undefined },
    ]);
    // The exchange's own reader checks only the envelope: it accepts what the guide forbids.
    expect(() => parseInterchange(badLevel)).not.toThrow();
    const badMaintenance = mutated(
      enrollment,
      replaceLine(/^INS\*Y/, (l) => l.replace('*021*', '*099*')),
    );
    expect(check(badMaintenance)).toContainEqual({
      kind: 'element-code',
      segmentId: 'INS',
      element: 'INS03',
      rule: undefined,
    });
    const badMedicare = mutated(
      enrollment,
      replaceLine(/^INS\*Y/, (l) => l.replace('*C:0*', '*Z:0*')),
    );
    expect(check(badMedicare)).toEqual([
      { kind: 'element-code', segmentId: 'INS', element: 'INS06-1', rule: undefined },
    ]);
  });

  it('an impossible date, a repeated segment, a broken syntax note and a segment the guide does not place here', () => {
    expect(
      check(
        mutated(
          enrollment,
          replaceLine(/^DMG\*D8\*19580314/, (l) => l.replace('19580314', '19580231')),
        ),
      ),
    ).toEqual([{ kind: 'element-format', segmentId: 'DMG', element: 'DMG02', rule: undefined }]);
    expect(
      check(
        mutated(enrollment, (ls) =>
          ls.flatMap((l, i) => (i === ls.findIndex((x) => x.startsWith('REF*1L')) ? [l, l] : [l])),
        ),
      ),
    ).toEqual([{ kind: 'max-use', segmentId: 'REF', element: undefined, rule: undefined }]);
    expect(
      check(
        mutated(
          enrollment,
          replaceLine(/^NM1\*IL\*1\*RIVERA\*ANA/, (l) => l.replace(/\*ZZ\*P1000001~$/, '*ZZ~')),
        ),
      ),
    ).toEqual([{ kind: 'syntax', segmentId: 'NM1', element: undefined, rule: undefined }]);
    const inserted = mutated(enrollment, (ls) => {
      const i = ls.findIndex((l) => l.startsWith('DMG*'));
      return [...ls.slice(0, i), 'XYZ*1~', ...ls.slice(i)];
    });
    expect(check(inserted)).toEqual([
      { kind: 'unknown-segment', segmentId: 'XYZ', element: undefined, rule: undefined },
    ]);
  });

  it('the guide’s situational rules: a termination without DTP*357, a subscriber without N3/N4, a wrong QTY*TO', () => {
    const cancellation = exampleFile('cancellation');
    expect(check(mutated(cancellation, dropLine(/^DTP\*357\*/)))).toEqual([
      { kind: 'situational', segmentId: 'INS', element: undefined, rule: 'eligibility-end-with-termination' },
    ]);
    const noResidence = mutated(enrollment, (ls) => ls.filter((l) => !/^N[34]\*/.test(l)));
    expect(check(noResidence)).toEqual([
      { kind: 'situational', segmentId: 'INS', element: undefined, rule: 'subscriber-residence-street' },
      { kind: 'situational', segmentId: 'INS', element: undefined, rule: 'subscriber-residence-city' },
    ]);
    expect(check(mutated(enrollment, replaceLine(/^QTY\*TO\*/, 'QTY*TO*3~')))).toEqual([
      { kind: 'count', segmentId: 'QTY', element: 'QTY02', rule: 'total-members' },
    ]);
    const auditLoopInChangeFile = mutated(
      enrollment,
      replaceLine(/^INS\*N/, (l) => l.replace('*021*', '*030*')),
    );
    expect(check(auditLoopInChangeFile)).toContainEqual({
      kind: 'situational',
      segmentId: 'INS',
      element: 'INS03',
      rule: 'change-file-holds-no-audit-loops',
    });
  });

  it('a truncated file: each missing trailer, after the last segment read', () => {
    const cut = lines(enrollment).slice(0, -5).join('\n') + '\n';
    const report = validate834(cut);
    expect(summary(report.problems).filter((p) => p.kind === 'envelope')).toEqual([
      { kind: 'envelope', segmentId: 'SE', element: undefined, rule: undefined },
      { kind: 'envelope', segmentId: 'GE', element: undefined, rule: undefined },
      { kind: 'envelope', segmentId: 'IEA', element: undefined, rule: undefined },
    ]);
  });

  it('a segment after IEA, which only node-x12’s strict reading refuses', () => {
    const report = validate834(`${enrollment}XYZ*1~\n`);
    expect(summary(report.problems)).toEqual([
      { kind: 'envelope', segmentId: 'IEA', element: undefined, rule: undefined },
    ]);
    expect(report.problems[0]!.message).toMatch(/^node-x12: .*XYZ/);
  });

  it('a file that is not an interchange, and one for another transaction set', () => {
    expect(check('hello, this is not X12')).toEqual([
      { kind: 'unreadable', segmentId: 'ISA', element: undefined, rule: undefined },
    ]);
    expect(check(enrollment.replace('ST*834*0001*005010X220A1', 'ST*820*0001*005010X220A1'))).toEqual([
      { kind: 'envelope', segmentId: 'ST', element: 'ST01', rule: undefined },
    ]);
  });

  it('names faults on every line of a family member’s loop too (property: drop any one required segment)', () => {
    const required = /^(INS|REF\*0F|NM1|HD|DTP\*348|N1\*P5|N1\*IN|BGN)\b/;
    const all = lines(enrollment);
    const candidates = all.map((l, i) => ({ l, i })).filter(({ l }) => required.test(l));
    fc.assert(
      fc.property(fc.constantFrom(...candidates), ({ i }) => {
        const text = mutated(enrollment, (ls) => ls.filter((_, j) => j !== i));
        expect(validate834(text).problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('validate834 reads nothing from the writer', () => {
  it('a file written by hand in the guide’s form validates, with no exchange code involved', () => {
    const text = [
      'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *270101*1200*^*00501*000000007*0*T*:~',
      'GS*BE*SENDER*RECEIVER*20270101*1200*8*X*005010X220A1~',
      'ST*834*0001*005010X220A1~',
      'BGN*00*REF1*20270101*1200*UT***2~',
      'N1*P5*SPONSOR*FI*123456789~',
      'N1*IN*PAYER*FI*987654321~',
      'INS*Y*18*021*28*A***FT~',
      'REF*0F*S1~',
      'DTP*303*D8*20270101~',
      'NM1*IL*1*DOE*JANE****ZZ*S1~',
      'N3*1 MAIN ST~',
      'N4*TOWN*MD*20910~',
      'DMG*D8*19700101*F~',
      'HD*021**HLT~',
      'DTP*348*D8*20270101~',
      'SE*14*0001~',
      'GE*1*8~',
      'IEA*1*000000007~',
    ].join('\n');
    expect(validate834(text).problems.map(describeProblem)).toEqual([]);
  });
});
