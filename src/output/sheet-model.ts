import { formattedNumber } from './number-formats.js';

/** How a cell looks: inputs are the only cells a person edits. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  /** Bold and nothing else: the column names of a data sheet (the sweep's). */
  | 'heading'
  | 'label'
  | 'input'
  | 'computed'
  | 'reference'
  | 'unit'
  | 'note';

export type CellValue = number | string | boolean | null;

/** One cell: a value, or a formula with the value the engine computed for it (its cached result). */
export interface CellModel {
  readonly value: CellValue;
  readonly formula?: string;
  readonly style: CellStyle;
  readonly numFmt?: string;
}

export interface ValidationModel {
  readonly address: string;
  readonly type: 'list' | 'whole' | 'decimal' | 'custom';
  /** For `list`: the allowed values. */
  readonly list?: readonly string[];
  /** For `custom`: a formula that is TRUE for an allowed entry, and the error shown otherwise. */
  readonly formula?: string;
  readonly error?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly prompt: string;
}

/** Conditional formatting: `range` (`C10:I10`) highlighted where `formula`, relative to its first cell, is TRUE. */
export interface HighlightModel {
  readonly range: string;
  readonly formula: string;
}

/**
 * A bar chart drawn on its sheet over that sheet's cells, one series per range of cells: the xlsx adapter
 * refers to the cells and caches their values, so the chart follows the inputs.
 */
export interface ChartModel {
  readonly title: string;
  readonly stacked: boolean;
  readonly numberFormat: string;
  /** The cells naming the categories: `C3:I3`. */
  readonly categories: string;
  /** Each series: the cell holding its name and the cells of its values (`A7`, `C7:I7`). */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Where it is drawn: from the top left of one cell to the top left of another, rows and columns from 0 (as drawings count). */
  readonly anchor: {
    readonly fromRow: number;
    readonly fromColumn: number;
    readonly toRow: number;
    readonly toColumn: number;
  };
}

/** A sheet as plain data; the xlsx adapter turns it into a file. */
export interface SheetModel {
  readonly name: string;
  readonly cells: ReadonlyMap<string, CellModel>;
  readonly columnWidths: readonly number[];
  /** Heights (points) of the rows whose wrapped header text needs more than one line. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly validations: readonly ValidationModel[];
  /** Cells highlighted (the workbook's one highlight style) where a formula, written for the range's first cell, is TRUE. */
  readonly highlights: readonly HighlightModel[];
  /** Native charts drawn on the sheet, over its cells. */
  readonly charts: readonly ChartModel[];
  /** Printing: every sheet landscape, one page wide; a page break before this row (the Summary's charts), and the rows the print area spans beyond the cells (the charts). */
  readonly print: { readonly breakBeforeRow?: number; readonly lastRow?: number };
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  /** Workbook-scoped defined names: name → absolute reference. */
  readonly definedNames: ReadonlyMap<string, string>;
  /**
   * Where each input sits on the Inputs sheet (`B5`), by `scenario.dag_copies`, `tier.2.mailboxes`,
   * `workload.1.vcpu` or `price.3.price` (items counted from 1): for reading an edited workbook back.
   */
  readonly inputCells: ReadonlyMap<string, string>;
  /** Options side by side on the Summary sheet. */
  readonly optionCount: number;
}

/** The height of one line of 11-point Calibri, Excel's default row height, and the most lines a header row grows to. */
const LINE_HEIGHT_POINTS = 15;
const MAX_HEADER_LINES = 6;

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet name as a formula prefix: `'dag-ha'!`. */
export function sheetPrefix(sheet: string): string {
  // Asked for every reference of every formula, of a few sheets: each written once (issue 16).
  return prefixes.get(sheet) ?? prefixes.set(sheet, `'${sheet.replaceAll("'", "''")}'!`).get(sheet)!;
}
const prefixes = new Map<string, string>();

export function absolute(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}$${columnLetter(column)}$${row}`;
}

export function absoluteRange(sheet: string, firstRow: number, lastRow: number, column: number): string {
  const c = columnLetter(column);
  return `${sheetPrefix(sheet)}$${c}$${firstRow}:$${c}$${lastRow}`;
}

/** Column widths in characters: the narrowest column, and the widest a text makes its column. */
export const COLUMN_WIDTH = { least: 8, text: 60 } as const;

/** The width of a column whose widest shown text is `shown` characters: as wide as it reads, within the bounds. */
export const widthFor = (shown: number, widest: number = COLUMN_WIDTH.text): number =>
  Math.max(COLUMN_WIDTH.least, Math.min(widest, shown + 2));

/** Collects the cells of one sheet, row by row. */
export class SheetBuilder {
  readonly cells = new Map<string, CellModel>();
  readonly validations: ValidationModel[] = [];
  readonly highlights: HighlightModel[] = [];
  readonly charts: ChartModel[] = [];
  private readonly widths: number[] = [];
  /** Where header text went, for the row heights: its row, column and length. */
  private readonly headers = new Map<string, { row: number; column: number; length: number }>();

  constructor(
    readonly name: string,
    private readonly frozen: { rows: number; columns: number } = { rows: 0, columns: 0 },
    private readonly print: SheetModel['print'] = {},
    /** Columns from this one on stay narrow, their headers wrapped (the options of the Summary)... */
    private readonly narrowFrom = Number.POSITIVE_INFINITY,
    /** ...up to this one (the Summary's figure ids after the options are as wide as they read). */
    private readonly narrowTo = Number.POSITIVE_INFINITY,
  ) {}

  set(row: number, column: number, cell: CellModel): void {
    const address = cellAddress(row, column);
    this.cells.set(address, cell);
    if (cell.style === 'header' && typeof cell.value === 'string')
      this.headers.set(address, { row, column, length: cell.value.length });
    else this.headers.delete(address);
    // A number as Excel shows it, never cut (a column too narrow for it shows ###); text as far as it reads well.
    const number = typeof cell.value === 'number' ? formattedNumber(cell.value, cell.numFmt) : undefined;
    const shown =
      number ?? (cell.formula === undefined ? String(cell.value ?? '') : String(cell.value ?? '').slice(0, 14));
    const widest =
      number !== undefined
        ? Number.POSITIVE_INFINITY
        : column >= this.narrowFrom && column <= this.narrowTo
          ? 16
          : COLUMN_WIDTH.text;
    this.widths[column - 1] = Math.max(this.widths[column - 1] ?? COLUMN_WIDTH.least, widthFor(shown.length, widest));
  }

  build(): SheetModel {
    const columnWidths = Array.from(this.widths, (w) => w ?? COLUMN_WIDTH.least);
    return {
      name: this.name,
      cells: this.cells,
      columnWidths,
      rowHeights: this.wrappedRowHeights(columnWidths),
      frozenRows: this.frozen.rows,
      frozenColumns: this.frozen.columns,
      validations: this.validations,
      highlights: this.highlights,
      charts: this.charts,
      print: this.print,
    };
  }

  /** Header cells wrap (see the header style): their rows get the height of their longest wrapped text. */
  private wrappedRowHeights(columnWidths: readonly number[]): Map<number, number> {
    const lines = new Map<number, number>();
    for (const { row, column, length } of this.headers.values()) {
      const needed = Math.min(
        MAX_HEADER_LINES,
        Math.ceil(length / Math.max(1, (columnWidths[column - 1] ?? COLUMN_WIDTH.least) - 2)),
      );
      if (needed > (lines.get(row) ?? 1)) lines.set(row, needed);
    }
    return new Map([...lines].map(([row, count]) => [row, count * LINE_HEIGHT_POINTS]));
  }
}
