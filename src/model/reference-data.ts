import type { Dec } from '../decimal.js';
import type { Value } from '../expr/value.js';
import { type BooleanWords, MEANINGS, readBooleanWords } from './boolean-words.js';
import { type CsvDocument, type CsvRecord, parseCsvDocument } from './csv-document.js';
import { isExcelSheetName, SHEET_NAME_RULE } from './excel-names.js';
import { InputError, type InputIssue } from './input-error.js';
import { parseBoolean, parseDecimal } from './parse-value.js';
import { type ColumnType, referenceSchemas } from './reference-schemas.js';

export interface ReferenceTable {
  readonly name: string;
  readonly key: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, Value>>[];
  readonly sources: readonly string[];
  readonly assumptions: readonly boolean[];
}

export interface ReferenceConstant {
  readonly name: string;
  readonly value: Dec;
  readonly unit: string;
  readonly source: string;
  readonly assumption: boolean;
  readonly notes: string;
  /** The data/ file it comes from. */
  readonly table: string;
}

export type ParameterType = 'decimal' | 'integer' | 'boolean' | 'text' | 'choice';

/** One template parameter: what it is, its default and the values it accepts. */
export interface ParameterDefinition {
  readonly name: string;
  readonly type: ParameterType;
  /** The default as typed in the template; empty means no default (required, or optional-empty). */
  readonly defaultText: string;
  readonly minimum?: { readonly value: Dec; readonly text: string };
  readonly maximum?: { readonly value: Dec; readonly text: string };
  /** Keys of this table column bound the value (a look-up outside them is an error). */
  readonly rangeTable?: { readonly table: string; readonly column: string };
  readonly unit: string;
  readonly choices: readonly string[];
  readonly source: string;
  readonly assumption: boolean;
  readonly description: string;
}

/** Everything in data/, typed and frozen. */
export interface ReferenceData {
  readonly tables: ReadonlyMap<string, ReferenceTable>;
  readonly constants: ReadonlyMap<string, ReferenceConstant>;
  readonly scenarioParameters: readonly ParameterDefinition[];
  readonly tierParameters: readonly ParameterDefinition[];
  readonly workloadParameters: readonly ParameterDefinition[];
  readonly priceParameters: readonly ParameterDefinition[];
  /** The words of data/boolean-words.csv, upper case, and whether each means yes. */
  readonly booleanWords: BooleanWords;
}

const PROVENANCE = ['source', 'assumption'];
const BOOLEAN_WORDS = 'boolean-words';

class TableReader {
  readonly issues: InputIssue[] = [];
  constructor(
    readonly file: string,
    readonly booleanWords: BooleanWords,
  ) {}

  cell(record: CsvRecord, column: string, type: ColumnType | 'boolean'): Value | undefined {
    const text = record.fields[column] ?? '';
    const fail = (expected: string) => {
      this.issues.push({ file: this.file, line: record.line, column, value: text, expected });
      return undefined;
    };
    switch (type) {
      case 'text':
        return text === '' ? fail('a non-empty text') : text;
      case 'sheetName':
        return isExcelSheetName(text) ? text : fail(SHEET_NAME_RULE);
      case 'boolean': {
        const flag = parseBoolean(text, this.booleanWords);
        return flag === undefined ? fail('yes or no') : flag;
      }
      case 'decimal':
      case 'optionalDecimal': {
        if (text === '' && type === 'optionalDecimal') return '';
        return parseDecimal(text, false) ?? fail('a decimal number such as 12 or 0.5');
      }
    }
  }
}

function readTable(
  document: CsvDocument,
  name: string,
  key: string,
  columns: Readonly<Record<string, ColumnType>>,
  reader: TableReader,
): ReferenceTable {
  const rows: Record<string, Value>[] = [];
  const sources: string[] = [];
  const assumptions: boolean[] = [];
  let previousKey: Value | undefined;
  for (const record of document.records) {
    const row: Record<string, Value> = {};
    for (const [column, type] of Object.entries(columns)) {
      const value = reader.cell(record, column, type);
      if (value !== undefined) row[column] = value;
    }
    const keyValue = row[key];
    if (
      keyValue !== undefined &&
      typeof keyValue !== 'string' &&
      typeof previousKey === 'object' &&
      typeof keyValue === 'object' &&
      !keyValue.gt(previousKey)
    ) {
      reader.issues.push({
        file: reader.file,
        line: record.line,
        column: key,
        value: keyValue.toFixed(),
        expected: 'keys in ascending order',
      });
    }
    previousKey = keyValue;
    sources.push(record.fields.source ?? '');
    assumptions.push(reader.cell(record, 'assumption', 'boolean') === true);
    rows.push(Object.freeze(row));
  }
  return Object.freeze({
    name,
    key,
    columns: Object.keys(columns),
    rows: Object.freeze(rows),
    sources: Object.freeze(sources),
    assumptions: Object.freeze(assumptions),
  });
}

function readConstants(
  document: CsvDocument,
  table: string,
  reader: TableReader,
  into: Map<string, ReferenceConstant>,
): void {
  for (const record of document.records) {
    const name = reader.cell(record, 'name', 'text');
    const value = reader.cell(record, 'value', 'decimal');
    const assumption = reader.cell(record, 'assumption', 'boolean');
    if (typeof name !== 'string' || typeof value !== 'object' || assumption === undefined) continue;
    if (into.has(name)) {
      reader.issues.push({
        file: reader.file,
        line: record.line,
        column: 'name',
        value: name,
        expected: 'a name not used by another constant',
      });
      continue;
    }
    const fields = record.fields;
    into.set(
      name,
      Object.freeze({
        name,
        value,
        unit: fields.unit ?? '',
        source: fields.source ?? '',
        assumption: assumption === true,
        notes: fields.notes ?? '',
        table,
      }),
    );
  }
}

const PARAMETER_TYPES: readonly ParameterType[] = ['decimal', 'integer', 'boolean', 'text', 'choice'];
const PARAMETER_COLUMNS = [
  'name',
  'type',
  'default',
  'minimum',
  'maximum',
  'range_table',
  'unit',
  'choices',
  'description',
];

function readParameters(
  document: CsvDocument,
  reader: TableReader,
  constants: ReadonlyMap<string, ReferenceConstant>,
  tables: ReadonlyMap<string, ReferenceTable>,
): ParameterDefinition[] {
  const definitions: ParameterDefinition[] = [];
  for (const record of document.records) {
    const fields = record.fields;
    const issue = (column: string, expected: string) =>
      reader.issues.push({ file: reader.file, line: record.line, column, value: fields[column] ?? '', expected });
    const type = fields.type as ParameterType;
    if (!PARAMETER_TYPES.includes(type)) issue('type', PARAMETER_TYPES.join(', '));
    const bound = (column: 'minimum' | 'maximum') => {
      const text = fields[column] ?? '';
      if (text === '') return undefined;
      const value = parseDecimal(text, false) ?? constants.get(text)?.value;
      if (value === undefined) issue(column, 'a number or the name of a constant in data/');
      return value === undefined ? undefined : { value, text };
    };
    const minimum = bound('minimum');
    const maximum = bound('maximum');
    const rangeText = fields.range_table ?? '';
    const [table = '', column = ''] = rangeText.split('.');
    if (rangeText !== '' && !tables.get(table)?.columns.includes(column))
      issue('range_table', 'table.column of a table in data/');
    const assumption = reader.cell(record, 'assumption', 'boolean');
    definitions.push(
      Object.freeze({
        name: fields.name ?? '',
        type,
        defaultText: fields.default ?? '',
        ...(minimum ? { minimum } : {}),
        ...(maximum ? { maximum } : {}),
        ...(rangeText ? { rangeTable: { table, column } } : {}),
        unit: fields.unit ?? '',
        // A choice whose range_table names a table's key column takes that table's rows (the disks of data/disk-catalog.csv).
        choices:
          type === 'choice' && rangeText !== ''
            ? (tables.get(table)?.rows.map((row) => String(row[column])) ?? [])
            : (fields.choices ?? '') === ''
              ? []
              : (fields.choices ?? '').split('|'),
        source: fields.source ?? '',
        assumption: assumption === true,
        description: fields.description ?? '',
      }),
    );
  }
  return definitions;
}

/** Reads one table of data/ (or a file in its format, such as a host catalogue) from its text. */
export function parseReferenceTable(
  name: string,
  text: string,
  file: string,
  booleanWords: BooleanWords = MEANINGS,
): ReferenceTable {
  const schema = referenceSchemas.find((s) => s.file === name);
  if (schema?.kind !== 'table') throw new Error(`no table schema named ${name}`);
  const reader = new TableReader(file, booleanWords);
  const table = readTable(
    parseCsvDocument(text, file, [...Object.keys(schema.columns), ...PROVENANCE]),
    name,
    schema.key,
    schema.columns,
    reader,
  );
  if (reader.issues.length > 0) throw new InputError(reader.issues);
  return table;
}

/**
 * Builds the reference data from the texts of the data/ files (file name without `.csv` → text).
 * A malformed table is an InputError naming the file, line, column and what was expected.
 *
 * @example
 * const reference = parseReferenceData({ constants: readFileSync('data/constants.csv', 'utf8'), ... });
 */
export function parseReferenceData(texts: Readonly<Record<string, string>>): ReferenceData {
  const tables = new Map<string, ReferenceTable>();
  const constants = new Map<string, ReferenceConstant>();
  const parameters = new Map<string, ParameterDefinition[]>();
  const issues: InputIssue[] = [];
  const collect = (action: () => void) => {
    try {
      action();
    } catch (error) {
      if (error instanceof InputError) issues.push(...error.issues);
      else throw error;
    }
  };
  // The boolean words first (every other file's yes/no columns are read with them), then tables, constants, parameters.
  const rank = (schema: (typeof referenceSchemas)[number]) =>
    schema.file === BOOLEAN_WORDS ? -1 : ['table', 'constants', 'parameters'].indexOf(schema.kind);
  const ordered = [...referenceSchemas].sort((a, b) => rank(a) - rank(b));
  let booleanWords: BooleanWords = MEANINGS;
  for (const schema of ordered) {
    const file = `data/${schema.file}.csv`;
    const text = texts[schema.file];
    if (text === undefined) {
      issues.push({ file, column: '(file)', value: '', expected: 'the file to exist' });
      continue;
    }
    const reader = new TableReader(file, schema.file === BOOLEAN_WORDS ? MEANINGS : booleanWords);
    collect(() => {
      if (schema.kind === 'table') {
        const document = parseCsvDocument(text, file, [...Object.keys(schema.columns), ...PROVENANCE]);
        tables.set(schema.file, readTable(document, schema.file, schema.key, schema.columns, reader));
        if (schema.file === BOOLEAN_WORDS) {
          const words = readBooleanWords(document);
          booleanWords = words.words;
          reader.issues.push(...words.issues);
        }
      } else if (schema.kind === 'constants') {
        const document = parseCsvDocument(text, file, ['name', 'value', 'unit', ...PROVENANCE], ['notes']);
        readConstants(document, schema.file, reader, constants);
      } else {
        const document = parseCsvDocument(text, file, [...PARAMETER_COLUMNS, ...PROVENANCE]);
        parameters.set(schema.file, readParameters(document, reader, constants, tables));
      }
    });
    issues.push(...reader.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
  // The tables in the order of their schemas (the Assumptions sheet shows them so), whichever was read first.
  const inOrder = new Map(
    referenceSchemas.flatMap((schema) =>
      tables.has(schema.file) ? [[schema.file, tables.get(schema.file)!] as const] : [],
    ),
  );
  return Object.freeze({
    tables: inOrder,
    constants,
    scenarioParameters: Object.freeze(parameters.get('scenario-parameters') ?? []),
    tierParameters: Object.freeze(parameters.get('tier-parameters') ?? []),
    workloadParameters: Object.freeze(parameters.get('workload-parameters') ?? []),
    priceParameters: Object.freeze(parameters.get('price-parameters') ?? []),
    booleanWords,
  });
}
