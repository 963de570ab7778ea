import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';
import { parseCsv } from '../test/report-csv-reader.js';

describe('csvCell', () => {
  it('shows a lone carriage return (and bidi controls) as escapes, so "\\r=1+1" is text, not a formula', () => {
    expect(csvCell('\r=1+1')).toBe('\\u000d=1+1');
    expect(parseCsv(`${csvCell('\r=1+1')}\r\n`)[0]).toEqual(['\\u000d=1+1']);
    expect(csvCell('a\u202eb')).toBe('a\\u202eb');
  });
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
  ])('neutralises formula-like %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
    // Read back, the cell is the text with one leading apostrophe: a spreadsheet shows it as text.
    expect(parseCsv(`${csvCell(input)}\r\n`)[0]).toEqual([`'${input}`]);
  });

  it('leaves ordinary text alone and quotes separators', () => {
    expect(csvCell('shop/views.py')).toBe('shop/views.py');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"\nthen')).toBe('"say ""hi""\nthen"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('a=b')).toBe('a=b');
  });
});
