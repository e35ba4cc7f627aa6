import { neutraliseCell } from './neutralise-cell.js';

/**
 * One text field of a CSV file (RFC 4180): neutralised where it would start like a formula, quoted where it holds the
 * delimiter, a quote or a line break. The CSV outputs and the templates `init` writes both go through it.
 *
 * @example
 * csvField('Staff, 2010'); // '"Staff, 2010"'
 */
export function csvField(text: string, delimiter = ','): string {
  // Most fields neither start like a formula nor hold a delimiter, quote or line break: one test, no copy (issue 16).
  const plain = PLAIN[delimiter];
  if (plain !== undefined && !plain.test(text)) return text;
  const safe = neutraliseCell(text);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** What makes a field other than plain, by delimiter: a formula's first character (neutraliseCell), or a character that needs quotes. */
const PLAIN: Readonly<Record<string, RegExp>> = {
  ',': /^[=+\-@\t\r]|[,"\r\n]/,
  ';': /^[=+\-@\t\r]|[;"\r\n]/,
  '\t': /^[=+\-@\t\r]|[\t"\r\n]/,
};
