import { relative } from 'node:path';
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
  try {
    await workbook.xlsx.readFile(path);
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
