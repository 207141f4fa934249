import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOM, csvField, parseCsv, toCsv } from './csv';

describe('csvField', () => {
  it('leaves plain text and Danish letters alone', () => {
    expect(csvField('Søndre Skole – 3.A, Ærø')).toBe('Søndre Skole – 3.A, Ærø');
  });
  it('quotes the separator, quotes, line breaks and edge spaces; doubles quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\rx')).toBe('"cr\rx"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
  it('defuses formulas in text, not in numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+45 12 34 56 78')).toBe("'+45 12 34 56 78");
    expect(csvField('-dør låst')).toBe("'-dør låst");
    expect(csvField('@me')).toBe("'@me");
    expect(csvField(-3)).toBe('-3');
  });
  it('writes numbers with a decimal comma for semicolon files, blanks for empty or invalid', () => {
    expect(csvField(95)).toBe('95');
    expect(csvField(1.5)).toBe('1,5');
    expect(csvField(1.5, ',')).toBe('1.5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const out = toCsv([
      ['Klasse', 'Talt op'],
      ['3.A', 18],
    ]);
    expect(out).toBe(`${BOM}Klasse;Talt op\r\n3.A;18\r\n`);
    expect(Array.from(new TextEncoder().encode(out).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });
  it('can leave out the BOM and use another separator', () => {
    expect(toCsv([['a', 'b;c']], { bom: false, separator: ',' })).toBe('a,b;c\r\n');
  });
  it('round-trips through parseCsv, including quotes and line breaks in notes', () => {
    const rows = [
      ['Type', 'Note'],
      ['Note', 'Dør "3" var låst;\r\nvi brugte trappe B'],
      ['Æbler', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('property: any text table round-trips (formula-start text gains an apostrophe)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ø', 'Å', ';', ',', '"', '\n', '\r', ' ', 'x', 'і', '=') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const expected = rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        expect(parseCsv(toCsv(rows))).toEqual(expected);
      }),
    );
  });
});
