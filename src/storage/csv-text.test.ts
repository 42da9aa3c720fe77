import { describe, expect, it } from 'vitest';
import { csvField, csvLine, pgTextArray } from './csv-text.ts';

describe('CSV text for COPY', () => {
  it('writes null as an empty field and an empty string as a quoted one', () => {
    expect(csvLine([null, '', 'a'])).toBe(',"",a\n');
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
  });
  it('writes text arrays PostgreSQL reads back', () => {
    expect(csvField(pgTextArray(['5 CFR 890.1605(c)(1)(i)', 'say "x"']))).toBe(
      '"{""5 CFR 890.1605(c)(1)(i)"",""say \\""x\\""""}"',
    );
  });
});
