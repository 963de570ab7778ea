import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';

/** RFC 4180 reader, enough to read back what renderCsv writes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+2', `"'+1+2"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
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
