import { type Options, parse } from 'csv-parse/sync';
import { expectedName } from './closest-name.js';
import { InputError, type InputIssue } from './input-error.js';

/** csv-parse's account of a broken quote, in the words of someone who edits the file. */
function quoteProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const line = /at line (\d+)/.exec(message)?.[1];
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a value starts with a quote that never closes';
  if (code === 'CSV_INVALID_CLOSING_QUOTE')
    return `a quoted value goes on after its closing quote${line ? ` on line ${line}` : ''}: quote the whole value, doubling any quote inside it`;
  return message;
}

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

export interface CsvDocument {
  readonly file: string;
  /** The line (or sheet row) of the header. */
  readonly headerLine?: number;
  readonly delimiter: ',' | ';';
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/**
 * Every line break as `\n`: a file edited on several machines mixes CRLF, LF and the old Mac's lone CR, and each of
 * them ends one line, so line numbers count them alike. A line break inside a quoted note becomes `\n` too.
 */
function lfLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A row of only delimiters and spaces: what Excel saves for a row whose cells were cleared. */
const CLEARED_ROW = /^[\s,;]*$/;

/** Excel saves `;`-separated CSV where the list separator is `;`; sniff it from the header line. */
function sniffDelimiter(text: string): ',' | ';' {
  const firstLine = text.split('\n').find((line) => !CLEARED_ROW.test(line) && !line.trimStart().startsWith('#')) ?? '';
  const semicolons = firstLine.split(';').length;
  const commas = firstLine.split(',').length;
  return semicolons > commas ? ';' : ',';
}

/** A record's own text: csv-parse's raw text of it holds the comment and blank lines before it. */
function ownText(raw: string): string {
  return raw.replace(/^(?:[ \t]*(?:#[^\n]*)?\n)*/, '').replace(/\n$/, '');
}

/** The line a record starts on: csv-parse counts to its end. */
function startLine(endLine: number, raw: string): number {
  return endLine - (ownText(raw).match(/\n/g) ?? []).length;
}

/** The line after `line` that is neither blank, a cleared row nor a comment: where the next record starts. */
function nextRecordLine(text: string, line: number): number {
  const lines = text.split('\n');
  let index = line;
  while (index < lines.length - 1 && (CLEARED_ROW.test(lines[index]!) || lines[index]!.trimStart().startsWith('#')))
    index += 1;
  return index + 1;
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * Rows after the header that start with `#` yet have the header's columns and a number among them: a tier or
 * workload named `#VIP` would be read as a comment and vanish, so it is reported (a comment such as the units
 * row has no numbers).
 */
function commentedDataRows(
  text: string,
  delimiter: string,
  columns: number,
  headerLine: number,
  file: string,
): InputIssue[] {
  return text.split('\n').flatMap((line, index) => {
    const trimmed = line.trim();
    if (index + 1 <= headerLine || !trimmed.startsWith('#')) return [];
    const fields = trimmed
      .slice(1)
      .split(delimiter)
      .map((field) => field.trim());
    if (fields.length !== columns || !fields.slice(1).some((field) => NUMBER.test(field))) return [];
    return [
      {
        file,
        line: index + 1,
        column: '(row)',
        value: trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed,
        expected:
          'a data row that does not start with # (a row starting with # is a comment and would be dropped: quote a name that starts with #, "#VIP")',
      },
    ];
  });
}

/**
 * What is wrong with a header row: no known column at all, a required column missing, an unknown column (with
 * did-you-mean), a column twice. The one check for CSV templates and the Inputs sheet of an edited workbook.
 */
export function headerIssues(
  header: readonly string[],
  file: string,
  headerLine: number,
  requiredColumns: readonly string[],
  optionalColumns: readonly string[],
  shown = header.join(','),
): InputIssue[] {
  const known = new Set([...requiredColumns, ...optionalColumns]);
  if (!requiredColumns.some((column) => header.includes(column))) {
    return [
      {
        file,
        line: headerLine,
        column: '(header)',
        value: shown,
        expected: `a header row naming the columns ${[...known].join(', ')}`,
      },
    ];
  }
  const issues: InputIssue[] = [];
  for (const column of requiredColumns) {
    if (!header.includes(column))
      issues.push({ file, line: headerLine, column, value: '', expected: `a column named '${column}'` });
  }
  header.forEach((name, index) => {
    if (!known.has(name))
      issues.push({
        file,
        line: headerLine,
        column: `column ${index + 1}`,
        value: name,
        expected: expectedName('column', name, known, `the header: ${[...known].join(', ')}`),
      });
    else if (header.indexOf(name) !== index)
      issues.push({ file, line: headerLine, column: name, value: name, expected: 'each column once' });
  });
  return issues;
}

/**
 * Parses CSV text (what Excel saves: BOM, CRLF, quotes, blank lines, cleared rows of only delimiters, `#` comments,
 * `;` delimiter) into records keyed by header name. Throws an InputError naming the file and line.
 */
export function parseCsvDocument(
  original: string,
  file: string,
  requiredColumns: readonly string[],
  optionalColumns: readonly string[] = [],
): CsvDocument {
  const text = lfLineEndings(original);
  const delimiter = sniffDelimiter(text);
  let parsed: { record: string[]; info: { lines: number }; raw: string }[];
  let lastGoodLine = 0;
  try {
    parsed = parse(text, {
      bom: true,
      delimiter,
      record_delimiter: '\n',
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
      relax_column_count: true,
      on_record: (record, context) => {
        lastGoodLine = context.lines;
        return record;
      },
    } satisfies Options) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (error) {
    // csv-parse reports where it gave up; the broken record starts after the last good one.
    throw new InputError([
      {
        file,
        line: nextRecordLine(text, lastGoodLine),
        column: '(row)',
        value: '',
        expected: `a row whose quotes open and close on it (${quoteProblem(error)})`,
      },
    ]);
  }
  // A cleared row (`,,,,` or `;;;`) holds no value: a blank line, wherever it is.
  const rows = parsed
    .filter((row) => !CLEARED_ROW.test(ownText(row.raw)))
    .map((row) => ({ record: row.record, line: startLine(row.info.lines, row.raw) }));
  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    throw new InputError([
      { file, line: 1, column: '(header)', value: '', expected: `a header row with ${requiredColumns.join(', ')}` },
    ]);
  }
  const header = headerRow.record.map((name) => name.trim().toLowerCase());
  const headerLine = headerRow.line;
  const issues: InputIssue[] = headerIssues(
    header,
    file,
    headerLine,
    requiredColumns,
    optionalColumns,
    headerRow.record.join(delimiter),
  );
  if (issues.length > 0) throw new InputError(issues);
  issues.push(...commentedDataRows(text, delimiter, header.length, headerLine, file));
  if (issues.length > 0) throw new InputError(issues);
  const records: CsvRecord[] = [];
  for (const row of dataRows) {
    if (row.record.length !== header.length) {
      issues.push({
        file,
        line: row.line,
        column: '(row)',
        value: row.record.join(delimiter),
        expected: `${header.length} fields, found ${row.record.length}`,
      });
      continue;
    }
    const broken = header.findIndex((name, i) => name !== 'notes' && /[\r\n]/.test(row.record[i] ?? ''));
    if (broken >= 0) {
      issues.push({
        file,
        line: row.line,
        column: header[broken]!,
        value: (row.record[broken] ?? '').split('\n')[0]!,
        expected: 'a value on one line (is a quote left open?)',
      });
      continue;
    }
    records.push({ line: row.line, fields: Object.fromEntries(header.map((name, i) => [name, row.record[i] ?? ''])) });
  }
  if (issues.length > 0) throw new InputError(issues);
  return { file, headerLine, delimiter, header, records };
}
