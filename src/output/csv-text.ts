import { csvField } from '../model/csv-field.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { TextBuilder } from './text-builder.js';

/** A number written as a number (never neutralised, its decimal point localised): a count, or an exact decimal string. */
export interface CsvNumber {
  readonly number: string;
}
export type CsvCell = string | number | boolean | CsvNumber;

/** A decimal string as a number cell of a CSV. */
export const csvNumber = (text: string): CsvNumber => ({ number: text });

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A figure's serialised value as a cell: numbers as numbers, flags and text as they are. */
export function valueCell(value: string | number | boolean | undefined): CsvCell {
  if (value === undefined) return '';
  return typeof value === 'string' && PLAIN_NUMBER.test(value) ? csvNumber(value) : value;
}

function cellText(cell: CsvCell, format: CsvFormat): string {
  // Empty cells are most of the calculator's database columns: nothing to neutralise or quote (issue 16).
  if (cell === '') return '';
  if (typeof cell === 'object' || typeof cell === 'number') {
    const text = typeof cell === 'number' ? String(cell) : cell.number;
    return format.decimalComma ? text.replace('.', ',') : text;
  }
  return csvField(typeof cell === 'string' ? cell : String(cell), format.delimiter);
}

/** RFC 4180 text (CRLF line ends, quoted where needed, every text cell neutralised), in the given format but without its BOM. */
export function csvText(rows: Iterable<readonly CsvCell[]>, format: CsvFormat = EXCEL_CSV): string {
  // Cells joined line by line, lines a few thousand at a time, rows taken as they come: a large design's exports
  // have millions of cells (issue 16).
  const text = new TextBuilder();
  const cells: string[] = [];
  // Each column's last cell and its text: a column that repeats a value (most of an export's) writes it once.
  const lastCell: CsvCell[] = [];
  const lastText: string[] = [];
  let lines = 0;
  for (const row of rows) {
    cells.length = row.length;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      if (cell !== lastCell[c]) {
        lastCell[c] = cell;
        lastText[c] = cellText(cell, format);
      }
      cells[c] = lastText[c]!;
    }
    text.add(cells.join(format.delimiter));
    text.add('\r\n');
    lines++;
  }
  // No rows is one empty line, as for a row of no cells.
  return lines === 0 ? '\r\n' : text.toString();
}

/** What a CSV file of this format starts with: the UTF-8 byte order mark, or nothing. */
export const csvStart = (format: CsvFormat): string => (format.bom ? '\uFEFF' : '');

/** A whole CSV file: its BOM, then its rows. */
export function csvFile(rows: Iterable<readonly CsvCell[]>, format: CsvFormat = EXCEL_CSV): string {
  return csvStart(format) + csvText(rows, format);
}
