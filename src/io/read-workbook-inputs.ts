import { relative } from 'node:path';
import { FileRefused, readBoundedFile } from './read-bounded-file.js';
import { zipLimitProblem } from './zip-limits.js';
import { InputError } from '../model/input-error.js';
import { templatesFromInputsSheet, type SheetRow, type SheetValue } from '../model/inputs-sheet.js';
import { parseTemplates } from '../model/parse-templates.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { INPUT_LIST_TITLES, SHEETS } from '../output/workbook-layout.js';

function sheetValue(value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'result' in value) return sheetValue((value as { result: unknown }).result);
  if (typeof value === 'object' && 'richText' in value) return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : String(value);
}

/** Reads the inputs back from an edited comparison.xlsx (its Inputs sheet), checked like the templates. */
export async function readWorkbookInputs(path: string, reference: ReferenceData): Promise<ScenarioInputs> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const file = `${relative(process.cwd(), path) || path} (${SHEETS.inputs} sheet)`;
  const limit = (name: string) => reference.constants.get(name)!.value.toNumber();
  const refuse = (why: string) => new InputError([{ file: path, column: '(file)', value: '', expected: `an .xlsx workbook of at most ${limit('workbook_bytes_max')} bytes: ${why}` }]);
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(path, limit('workbook_bytes_max'));
  } catch (error) {
    if (error instanceof FileRefused) throw refuse(error.why);
    throw error;
  }
  const tooLarge = zipLimitProblem(bytes, { parts: limit('workbook_parts_max'), uncompressedBytes: limit('workbook_uncompressed_bytes_max') });
  if (tooLarge) throw refuse(tooLarge);
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new InputError([{ file: path, column: '(file)', value: '', expected: `a readable .xlsx workbook (${(error as Error).message})` }]);
  }
  const sheet = workbook.getWorksheet(SHEETS.inputs);
  if (!sheet) throw new InputError([{ file: path, column: '(sheet)', value: '', expected: `a sheet named ${SHEETS.inputs}, as comparison.xlsx has` }]);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = sheetValue(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return parseTemplates(templatesFromInputsSheet(rows, file, INPUT_LIST_TITLES), reference);
}
