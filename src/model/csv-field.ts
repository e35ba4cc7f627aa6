import { neutraliseCell } from './neutralise-cell.js';

/**
 * One text field of a CSV file (RFC 4180): neutralised where it would start like a formula, quoted where it holds the
 * delimiter, a quote or a line break. The CSV outputs and the templates `init` writes both go through it.
 *
 * @example
 * csvField('Staff, 2010'); // '"Staff, 2010"'
 */
export function csvField(text: string, delimiter = ','): string {
  const safe = neutraliseCell(text);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
