import { neutraliseCell } from '../model/neutralise-cell.js';

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text: CRLF line ends, quoted where needed, every cell neutralised. */
export function csvText(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return rows.map((row) => row.map((cell) => quote(neutraliseCell(String(cell)))).join(',')).join('\r\n') + '\r\n';
}
