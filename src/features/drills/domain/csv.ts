/**
 * CSV that opens correctly in a spreadsheet (Excel with Danish settings, LibreOffice, Numbers,
 * Google Sheets):
 * - a UTF-8 byte-order mark, so Excel reads æ, ø, å and Ukrainian as UTF-8;
 * - semicolon separators by default (Danish Excel uses the comma as decimal separator), and a
 *   decimal comma in non-integer numbers when the separator is a semicolon;
 * - fields quoted when they hold the separator, a quote, a line break or edge spaces; quotes doubled;
 * - CRLF line endings (RFC 4180);
 * - text that starts with = + - @ or a tab/CR gets a leading apostrophe, so a note typed as
 *   "=HYPERLINK(...)" cannot run as a formula (CSV injection). Numbers are written as numbers.
 */

export type CsvValue = string | number | null | undefined;

export interface CsvOptions {
  separator?: ';' | ',' | '\t';
  /** Prefix the UTF-8 BOM (default true). */
  bom?: boolean;
}

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue, separator: string = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const s = String(value);
    return separator === ';' ? s.replace('.', ',') : needsQuotes(s, separator) ? `"${s}"` : s;
  }
  let s = value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return needsQuotes(s, separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

function needsQuotes(s: string, separator: string): boolean {
  return s.includes(separator) || s.includes('"') || s.includes('\n') || s.includes('\r') || s !== s.trim();
}

export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const body = rows.map((row) => row.map((v) => csvField(v, separator)).join(separator)).join('\r\n');
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

/**
 * Parse CSV written by toCsv (used by tests and to check a download): handles the BOM, quotes,
 * doubled quotes and line breaks inside quotes.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      /* the \n ends the row */
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
