import { parse } from 'csv-parse/sync';
import { isFigureId } from '../model/figure-ids.js';
import { restoreCell } from '../model/neutralise-cell.js';
import { figureOf } from '../options/options-model.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import type { CellValue } from './sheet-model.js';
import { openXlsxRows } from './xlsx-package.js';

/** The sweep's workbook: one sheet, filled from the sweep's CSV text as it comes. */
export interface SweepSheet {
  /** Adds the rows of CSV text in the sweep's format (the header first); waits while the file catches up. */
  add(csv: string): Promise<void>;
  close(): Promise<void>;
  /** Stops after an error elsewhere: the file is left incomplete, for the caller to remove. */
  abort(): void;
}

/**
 * A sweep sheet written row by row from CSV text in `format`, through the package's own writer: memory stays flat.
 * The header is bold and frozen, the columns as wide as their headers; numbers are numbers (decimal commas read as
 * the format says), a flag's true/false a logical cell, text as it was before the CSV neutralised it.
 */
export async function openSweepSheet(path: string, format: CsvFormat = EXCEL_CSV): Promise<SweepSheet> {
  const rows = await openXlsxRows(path, { name: 'Sweep', frozenRows: 1, styles: ['heading'] });
  let header = true;
  let flagColumns = new Set<number>();
  const number = format.decimalComma ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  const cell = (text: string, column: number): CellValue =>
    header || text === ''
      ? restoreCell(text)
      : flagColumns.has(column) && (text === 'true' || text === 'false')
        ? text === 'true'
        : number.test(text)
          ? Number(text.replace(',', '.'))
          : restoreCell(text);
  return {
    add: async (csv) => {
      const records = parse(csv, { relax_column_count: true, delimiter: format.delimiter, bom: true }) as string[][];
      const added = records.map((record) => {
        if (header) flagColumns = new Set(record.flatMap((name, column) => (isFlag(name) ? [column] : [])));
        const row = { values: record.map(cell), ...(header ? { style: 'heading' as const } : {}) };
        header = false;
        return row;
      });
      await rows.add(added);
    },
    close: () => rows.close(),
    abort: () => rows.abort(),
  };
}

/** A column of flags: a figure whose true/false the CSV writes. */
const isFlag = (column: string): boolean => isFigureId(column) && figureOf(column).kind === 'flag';
