import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './table-csv.ts';

describe('a dashboard table as CSV', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('NALC Health Benefit Plan, High Option')).toBe('"NALC Health Benefit Plan, High Option"');
    expect(csvCell('the "network"')).toBe('"the ""network"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes formulas as text but leaves negative numbers and percents alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd|calc')).toBe("'-cmd|calc");
    expect(csvCell('-12.5')).toBe('-12.5');
    // A Spanish percent stays a number (quoted for its comma, with no apostrophe).
    expect(csvCell('-3,5 %')).toBe('"-3,5 %"');
    expect(csvCell('28.4%')).toBe('28.4%');
  });

  it('starts with a byte-order mark and ends every line with CR LF, head first', () => {
    expect(
      toCsv([
        ['Día', 'Nivel de servicio'],
        ['11 nov', '28,4 %'],
      ]),
    ).toBe('\ufeffDía,Nivel de servicio\r\n11 nov,"28,4 %"\r\n');
  });

  it('names the file after the caption, accents and punctuation dropped', () => {
    expect(csvFileName('Afiliaciones por aseguradora: automáticas')).toBe(
      'afiliaciones-por-aseguradora-automaticas.csv',
    );
    expect(csvFileName('***')).toBe('table.csv');
  });
});
