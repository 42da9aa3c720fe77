import { describe, expect, it } from 'vitest';
import { segment } from './segment.ts';
import { DEFAULT_SEPARATORS, separators } from './separators.ts';
import { writeSegment, writeSegments } from './write-segments.ts';
import { X12Error } from './x12-error.ts';

describe('separators', () => {
  it('defaults to * : ^ ~', () => {
    expect(separators()).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
  });

  it('refuses letters, digits, spaces, repeats, and line breaks other than the terminator', () => {
    expect(() => separators({ element: 'A' })).toThrow(/element separator "A" is a letter or digit/);
    expect(() => separators({ component: '5' })).toThrow(/letter or digit/);
    expect(() => separators({ element: ' ' })).toThrow(/space/);
    expect(() => separators({ component: '*' })).toThrow(/element and component separators are both "\*"/);
    expect(() => separators({ element: '\n' })).toThrow(/line break only when it is the segment terminator/);
    expect(() => separators({ segment: '~~' })).toThrow(/one character/);
    expect(separators({ segment: '\n', element: '|' }).segment).toBe('\n');
  });
});

describe('writeSegment (X12.6: trailing empty elements and components are left out)', () => {
  it('writes elements and composites with the separators', () => {
    expect(writeSegment(segment('HD', '021', '', 'HLT', ['A', 'B'], 'FAM'))).toBe('HD*021**HLT*A:B*FAM~');
  });

  it('trims trailing empty elements and components', () => {
    expect(writeSegment(segment('NM1', 'IL', '1', 'DOE', '', '', ''))).toBe('NM1*IL*1*DOE~');
    expect(writeSegment(segment('SVC', ['HC', '99213', '', ''], ''))).toBe('SVC*HC:99213~');
    expect(writeSegment(segment('X1', ['', ''], 'a'))).toBe('X1**a~');
  });

  it('uses the partner separators', () => {
    const set = separators({ element: '|', component: '>', segment: '\n' });
    expect(writeSegments([segment('DTP', '348', 'D8', '20260101'), segment('SE', '3', '0001')], set)).toBe(
      'DTP|348|D8|20260101\nSE|3|0001\n',
    );
  });

  it('refuses a value holding a separator, naming the element', () => {
    const attempt = () => writeSegment(segment('NM1', 'IL', '1', 'O*BRIEN'), DEFAULT_SEPARATORS);
    expect(attempt).toThrow(X12Error);
    expect(attempt).toThrow(/NM1-03 "O\*BRIEN" holds the separator "\*"/);
    expect(() => writeSegment(segment('HD', '021', '', '', ['A', 'B~C']))).toThrow(/HD-04-2/);
    try {
      attempt();
    } catch (error) {
      expect((error as X12Error).reason).toBe('VALUE_CONTAINS_SEPARATOR');
      expect((error as X12Error).code).toBe('INVALID_INPUT');
      expect((error as X12Error).location.element).toBe('NM1-03');
    }
  });

  it('refuses a segment identifier that is not 2-3 capitals or digits', () => {
    expect(() => writeSegment(segment('nm1', 'IL'))).toThrow(/segment identifier "nm1"/);
  });
});
