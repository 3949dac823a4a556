import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvSeparator, toCsv } from '../../../src/lib/cohort/csv';

/** A small CSV reader (RFC 4180) to check that what is written reads back. */
function readCsv(text: string, sep: string): string[][] {
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
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['\r=x', '"\'\r=x"'],
  ])('writes %j as %j', (input, output) => {
    expect(csvCell(input, ',')).toBe(output);
  });

  it('writes numbers as they are, and nothing for a number that is not finite', () => {
    expect(csvCell(42.5, ',')).toBe('42.5');
    expect(csvCell(Number.NaN, ',')).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('reads back every cell, no cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';'), (table, sep) => {
        const back = readCsv(toCsv(table, sep).slice(1), sep);
        expect(back).toHaveLength(table.length);
        back.forEach((row, r) =>
          row.forEach((cell, c) => {
            expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
            const original = table[r]![c]!;
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }),
        );
      }),
    );
  });
});

describe('csvSeparator', () => {
  it('uses ; for French and , for English', () => {
    expect(csvSeparator('fr-FR')).toBe(';');
    expect(csvSeparator('en-GB')).toBe(',');
  });
});
