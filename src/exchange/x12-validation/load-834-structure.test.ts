// The shipped 834 structure loads and says where it comes from; a structure that contradicts itself
// (a loop under a parent never listed, a rule about a loop that does not exist, a malformed syntax
// note) is refused with the path at fault.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load834Structure, parseStructure, STRUCTURE_834_FILE } from './load-834-structure.ts';

const shipped = () =>
  JSON.parse(readFileSync(STRUCTURE_834_FILE, 'utf8')) as Record<string, unknown> & {
    loops: Record<string, unknown>[];
    rules: Record<string, unknown>[];
  };

describe('reference-data/x12/834-005010X220A1-structure.json', () => {
  it('loads with its source, version and the loops the writer uses, each required segment first in its loop', () => {
    const structure = load834Structure();
    expect(structure).toMatchObject({
      transactionSet: '834',
      implementation: '005010X220A1',
      functionalIdentifier: 'BE',
    });
    expect(structure.source).toMatch(/005010X220A1/);
    expect(structure.loops.map((l) => l.id)).toEqual([
      'HEADER',
      '1000A',
      '1000B',
      '1000C',
      '2000',
      '2100A',
      '2300',
    ]);
    for (const loop of structure.loops) {
      const positions = loop.segments.map((s) => s.position);
      expect(positions, loop.id).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('marks as UNCONFIRMED every segment note and rule it could not check against a public source', () => {
    const structure = load834Structure();
    const notes = [
      ...structure.loops.flatMap((l) => l.segments.flatMap((s) => (s.sourceNote ? [s.sourceNote] : []))),
      ...structure.rules.filter((r) => r.source.startsWith('005010X220A1')).map((r) => r.sourceNote),
    ];
    for (const note of notes) expect(note).toMatch(/^UNCONFIRMED/);
  });

  it('refuses a loop whose parent is not listed before it', () => {
    const data = shipped();
    data.loops[5] = { ...data.loops[5], parent: '2999' };
    expect(() => parseStructure(data, 'test.json')).toThrow(
      /test\.json: loops\.5\.parent: parent 2999 is not a loop listed before 2100A/,
    );
  });

  it('refuses a rule about a loop the structure does not list', () => {
    const data = shipped();
    data.rules[0] = { ...data.rules[0], scope: '2320' };
    expect(() => parseStructure(data, 'test.json')).toThrow(
      /rules\.0: rule subscriber-is-self names loop 2320/,
    );
  });

  it('refuses a malformed syntax note and an unknown usage', () => {
    const data = shipped();
    const loop = data.loops[4] as { segments: Record<string, unknown>[] };
    loop.segments[0] = { ...loop.segments[0], syntax: ['P11'] };
    expect(() => parseStructure(data, 'test.json')).toThrow(/loops\.4\.segments\.0\.syntax\.0/);
    const other = shipped();
    other.loops[0] = { ...other.loops[0], usage: 'X' };
    expect(() => parseStructure(other, 'test.json')).toThrow(/loops\.0\.usage/);
  });
});
