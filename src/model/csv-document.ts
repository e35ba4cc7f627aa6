import { parse } from 'csv-parse/sync';
import { InputError, type InputIssue } from './input-error.js';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

export interface CsvDocument {
  readonly file: string;
  readonly delimiter: ',' | ';';
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/** Excel saves `;`-separated CSV where the list separator is `;`; sniff it from the header line. */
function sniffDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trimStart().startsWith('#')) ?? '';
  const semicolons = firstLine.split(';').length;
  const commas = firstLine.split(',').length;
  return semicolons > commas ? ';' : ',';
}

/**
 * Parses CSV text (what Excel saves: BOM, CRLF, quotes, blank lines, `#` comments, `;` delimiter)
 * into records keyed by header name. Throws an InputError naming the file and line.
 */
export function parseCsvDocument(text: string, file: string, requiredColumns: readonly string[], optionalColumns: readonly string[] = []): CsvDocument {
  const delimiter = sniffDelimiter(text);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new InputError([{ file, ...(lines === undefined ? {} : { line: lines }), column: '(file)', value: '', expected: `valid CSV (${(error as Error).message})` }]);
  }
  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    throw new InputError([{ file, line: 1, column: '(header)', value: '', expected: `a header row with ${requiredColumns.join(', ')}` }]);
  }
  const header = headerRow.record.map((name) => name.trim().toLowerCase());
  const issues: InputIssue[] = [];
  const known = new Set([...requiredColumns, ...optionalColumns]);
  const headerLine = headerRow.info.lines;
  for (const column of requiredColumns) {
    if (!header.includes(column)) issues.push({ file, line: headerLine, column, value: '', expected: `a column named '${column}'` });
  }
  header.forEach((name, index) => {
    if (!known.has(name)) issues.push({ file, line: headerLine, column: `column ${index + 1}`, value: name, expected: `one of ${[...known].join(', ')}` });
    else if (header.indexOf(name) !== index) issues.push({ file, line: headerLine, column: name, value: name, expected: 'each column once' });
  });
  const records: CsvRecord[] = [];
  for (const row of dataRows) {
    if (row.record.length !== header.length) {
      issues.push({ file, line: row.info.lines, column: '(row)', value: row.record.join(delimiter), expected: `${header.length} fields, found ${row.record.length}` });
      continue;
    }
    records.push({ line: row.info.lines, fields: Object.fromEntries(header.map((name, i) => [name, row.record[i] ?? ''])) });
  }
  if (issues.length > 0) throw new InputError(issues);
  return { file, delimiter, header, records };
}
