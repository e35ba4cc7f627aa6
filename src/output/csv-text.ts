const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets (OWASP CSV injection rule): text that Excel would read as a
 * formula gets a leading apostrophe. Plain numbers, negative ones included, pass through.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text: CRLF line ends, quoted where needed, every cell neutralised. */
export function csvText(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map((cell) => quote(neutraliseCell(String(cell)))).join(',')).join('\r\n') + '\r\n';
}
