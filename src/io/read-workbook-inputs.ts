import { relative } from 'node:path';
import { InputError, type InputIssue } from '../model/input-error.js';
import { type SheetRow, type SheetValue, templatesFromInputsSheet } from '../model/inputs-sheet.js';
import { parseTemplates } from '../model/parse-templates.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { INPUT_LIST_TITLES, SHEETS } from '../model/workbook-names.js';
import { FileRefused, readBoundedFile } from './read-bounded-file.js';
import { zipLimitProblem } from './zip-limits.js';

function sheetValue(value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && 'result' in value) return sheetValue((value as { result: unknown }).result);
  if (typeof value === 'object' && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : String(value);
}

/** Reads the inputs back from an edited comparison.xlsx (its Inputs sheet), checked like the templates. */
export async function readWorkbookInputs(path: string, reference: ReferenceData): Promise<ScenarioInputs> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const file = `${relative(process.cwd(), path) || path} (${SHEETS.inputs} sheet)`;
  const limit = (name: string) => reference.constants.get(name)!.value.toNumber();
  const refuse = (why: string) =>
    new InputError([
      {
        file: path,
        column: '(file)',
        value: '',
        expected: `an .xlsx workbook of at most ${limit('workbook_bytes_max')} bytes: ${why}`,
      },
    ]);
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(path, limit('workbook_bytes_max'));
  } catch (error) {
    if (error instanceof FileRefused) throw refuse(error.why);
    throw error;
  }
  const tooLarge = zipLimitProblem(bytes, {
    parts: limit('workbook_parts_max'),
    uncompressedBytes: limit('workbook_uncompressed_bytes_max'),
  });
  if (tooLarge) throw refuse(tooLarge);
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new InputError([
      { file: path, column: '(file)', value: '', expected: `a readable .xlsx workbook (${(error as Error).message})` },
    ]);
  }
  const sheet = workbook.getWorksheet(SHEETS.inputs);
  if (!sheet)
    throw new InputError([
      { file: path, column: '(sheet)', value: '', expected: `a sheet named ${SHEETS.inputs}, as comparison.xlsx has` },
    ]);
  const rows: SheetRow[] = [];
  const formulas: InputIssue[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: SheetValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      // The Inputs sheet holds values only: a formula typed into it is refused with its cell, not read from the
      // value it last showed (which Excel may not have recalculated).
      if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
        const formula = 'formula' in value ? value.formula : `(shared with ${String(value.sharedFormula)})`;
        formulas.push({
          file,
          line: number,
          column: cell.address,
          value: `=${formula}`,
          expected: 'a value typed in, not a formula (the Inputs sheet holds values only)',
        });
      }
      cells[column - 1] = sheetValue(value);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  if (formulas.length > 0) throw new InputError(formulas);
  return parseTemplates(templatesFromInputsSheet(rows, file, INPUT_LIST_TITLES), reference);
}
