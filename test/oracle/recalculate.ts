import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { WorkbookModel } from '../../src/output/sheet-model.js';
import { useExcelRound } from './excel-rounding.js';

/** A spreadsheet as an independent engine reads it: per sheet, rows of raw contents (`=...` for formulas). */
export interface RawWorkbook {
  readonly sheets: ReadonlyMap<string, RawCellContent[][]>;
  /** Cached results as written, by `sheet!A1`, for every formula cell. */
  readonly cached: ReadonlyMap<string, { value: unknown; numFmt?: string }>;
  readonly definedNames: ReadonlyMap<string, string>;
}

function decode(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

function place(grid: RawCellContent[][], address: string, content: RawCellContent): void {
  const { row, column } = decode(address);
  while (grid.length <= row) grid.push([]);
  grid[row]![column] = content;
}

/** The cells of our neutral workbook model, as the engine reads them. */
export function rawFromModel(model: WorkbookModel): RawWorkbook {
  const sheets = new Map<string, RawCellContent[][]>();
  const cached = new Map<string, { value: unknown; numFmt?: string }>();
  for (const sheet of model.sheets) {
    const grid: RawCellContent[][] = [];
    for (const [address, cell] of sheet.cells) {
      place(grid, address, cell.formula === undefined ? cell.value : `=${cell.formula}`);
      if (cell.formula !== undefined)
        cached.set(`${sheet.name}!${address}`, { value: cell.value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) });
    }
    sheets.set(sheet.name, grid);
  }
  return { sheets, cached, definedNames: model.definedNames };
}

/** The cells of a written .xlsx file, read with exceljs, as the engine reads them. */
export async function rawFromXlsx(bytes: Buffer): Promise<RawWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, RawCellContent[][]>();
  const cached = new Map<string, { value: unknown; numFmt?: string }>();
  workbook.eachSheet((worksheet) => {
    const grid: RawCellContent[][] = [];
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as ExcelJS.CellValue;
        if (value !== null && typeof value === 'object' && 'formula' in value) {
          place(grid, cell.address, `=${value.formula}`);
          cached.set(`${worksheet.name}!${cell.address}`, {
            value: value.result ?? null,
            ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
          });
        } else place(grid, cell.address, value as RawCellContent);
      }),
    );
    sheets.set(worksheet.name, grid);
  });
  const definedNames = new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges[0]!]));
  return { sheets, cached, definedNames };
}

/** Loads a workbook into HyperFormula (GPL-3.0, a dev dependency used by tests only) and recalculates it. */
export function recalculate(raw: RawWorkbook): HyperFormula {
  useExcelRound();
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(raw.sheets), {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true,
    evaluateNullToZero: true,
    smartRounding: false,
  });
  // One batch: HyperFormula recalculates once, not after every name (the same values, a fraction of the time).
  hf.batch(() => {
    for (const [name, reference] of raw.definedNames) {
      const [sheet, cell] = reference.split('!');
      hf.addNamedExpression(name, `='${sheet!.replace(/^'|'$/g, '')}'!${cell}`);
    }
  });
  return hf;
}

/** The engine's value of a cell, by `sheet!A1`. */
export function valueAt(hf: HyperFormula, key: string): unknown {
  const [sheet, address] = key.split('!') as [string, string];
  const { row, column } = decode(address);
  return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col: column });
}

const MONEY = '#,##0.00';
const COUNT = '#,##0';

/** Where the independent engine disagrees with a cached value: whole numbers exactly, decimals to 1e-9 relative, money to the cent. */
export function mismatches(
  hf: HyperFormula,
  expected: ReadonlyMap<string, { value: unknown; numFmt?: string }>,
): string[] {
  return disagreements(expected, (key) => valueAt(hf, key));
}

/** Where another application's cached results (read back from its file) disagree with the engine's. */
export function cachedDisagreements(
  expected: ReadonlyMap<string, { value: unknown; numFmt?: string }>,
  actual: ReadonlyMap<string, { value: unknown }>,
): string[] {
  return disagreements(expected, (key) => {
    const cell = actual.get(key);
    return cell === undefined ? { value: 'missing formula' } : cell.value;
  });
}

function disagreements(
  expected: ReadonlyMap<string, { value: unknown; numFmt?: string }>,
  actualAt: (key: string) => unknown,
): string[] {
  const found: string[] = [];
  for (const [key, { value, numFmt }] of expected) {
    let actual = actualAt(key);
    if (actual === null && value !== null)
      // A cell read back without a result: 0, FALSE or "" (an empty spare list row, issue 12) as the reader drops them.
      actual = typeof value === 'number' ? 0 : typeof value === 'boolean' ? false : value === '' ? '' : actual;
    if (actual !== null && typeof actual === 'object') {
      found.push(`${key}: ${String((actual as { value?: unknown }).value ?? 'error')}`);
      continue;
    }
    // exceljs reads a cached 0, FALSE or "" (an empty spare list row, issue 12) back as no result.
    const want =
      value ?? (typeof actual === 'number' ? 0 : typeof actual === 'boolean' ? false : actual === '' ? '' : value);
    if (typeof want === 'number' && typeof actual === 'number') {
      // A count is a whole number, exactly; a quantity in whole gigabytes (the same format) is not.
      const tolerance =
        numFmt === MONEY
          ? 0.005
          : numFmt === COUNT && Number.isInteger(want)
            ? 1e-9
            : Math.max(1e-12, Math.abs(want) * 1e-9);
      if (Math.abs(actual - want) > tolerance) found.push(`${key}: engine ${want}, recalculated ${actual}`);
    } else if (actual !== want) found.push(`${key}: engine ${String(want)}, recalculated ${String(actual)}`);
  }
  return found;
}
