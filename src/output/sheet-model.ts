import { formattedLength } from './number-formats.js';

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

/** Cells by row, then column, both from 1; a row without cells has no entry. */
export type CellGrid = readonly (readonly (CellModel | undefined)[] | undefined)[];

/**
 * The cells of a built sheet: a Map by address, in the order first set, made only when read as one; the xlsx
 * adapter reads the grid instead, with no address written or read back per cell (issue 16).
 */
export class GridCells extends Map<string, CellModel> {
  private filled = false;

  constructor(
    readonly grid: CellGrid,
    /** Row and column of each cell, in the order first set. */
    private readonly order: readonly number[],
  ) {
    super();
  }

  private fill(): this {
    if (!this.filled) {
      this.filled = true;
      for (let i = 0; i < this.order.length; i += 2) {
        const row = this.order[i]!;
        const column = this.order[i + 1]!;
        super.set(cellAddress(row, column), this.grid[row]![column]!);
      }
    }
    return this;
  }

  override get(address: string): CellModel | undefined {
    return this.fill() && super.get(address);
  }
  override has(address: string): boolean {
    return this.fill() && super.has(address);
  }
  override get size(): number {
    return this.fill() && super.size;
  }
  override forEach(
    each: (cell: CellModel, address: string, map: Map<string, CellModel>) => void,
    self?: unknown,
  ): void {
    this.fill();
    super.forEach(each, self);
  }
  override entries(): MapIterator<[string, CellModel]> {
    return this.fill() && super.entries();
  }
  override keys(): MapIterator<string> {
    return this.fill() && super.keys();
  }
  override values(): MapIterator<CellModel> {
    return this.fill() && super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, CellModel]> {
    return this.fill() && super[Symbol.iterator]();
  }
  /** A built sheet's cells do not change: the grid would no longer be theirs. */
  override set(): this {
    throw new Error('the cells of a built sheet do not change');
  }
  override delete(): boolean {
    throw new Error('the cells of a built sheet do not change');
  }
  override clear(): void {
    throw new Error('the cells of a built sheet do not change');
  }
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
  // Asked for every cell: the letters of each column worked out once (issue 16).
  const known = letters[column];
  if (known !== undefined) return known;
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  if (Number.isInteger(column) && column > 0 && column <= MAX_COLUMNS) letters[column] = text;
  return text;
}
const letters: string[] = [];
/** The columns of an Excel sheet: XFD. */
const MAX_COLUMNS = 16_384;

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
  readonly validations: ValidationModel[] = [];
  readonly highlights: HighlightModel[] = [];
  readonly charts: ChartModel[] = [];
  /** The cells by row and column: no address written or read back per cell (issue 16). */
  private readonly grid: (CellModel | undefined)[][] = [];
  /** Row and column of each cell, in the order first set: the order of the model's `cells`. */
  private readonly order: number[] = [];
  private readonly widths: number[] = [];
  /** Where header text went, for the row heights, by row × HEADER_KEY + column: its row, column and length. */
  private readonly headers = new Map<number, { row: number; column: number; length: number }>();

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
    if (!Number.isInteger(row) || row < 1 || !Number.isInteger(column) || column < 1 || column > MAX_COLUMNS)
      throw new Error(`${this.name}: no cell at row ${row}, column ${column}`);
    let cells = this.grid[row];
    if (cells === undefined) this.grid[row] = cells = [];
    const replaced = cells[column] !== undefined;
    if (!replaced) this.order.push(row, column);
    cells[column] = cell;
    if (cell.style === 'header' && typeof cell.value === 'string')
      this.headers.set(row * HEADER_KEY + column, { row, column, length: cell.value.length });
    else if (replaced) this.headers.delete(row * HEADER_KEY + column);
    // A number as Excel shows it, never cut (a column too narrow for it shows ###); text as far as it reads well.
    const value = cell.value;
    let shown: number;
    let widest: number;
    if (typeof value === 'number') {
      shown = formattedLength(value, cell.numFmt);
      widest = Number.POSITIVE_INFINITY;
    } else {
      const text = typeof value === 'string' ? value : String(value ?? '');
      shown = cell.formula === undefined ? text.length : Math.min(text.length, 14);
      widest = column >= this.narrowFrom && column <= this.narrowTo ? 16 : COLUMN_WIDTH.text;
    }
    const width = widthFor(shown, widest);
    const before = this.widths[column - 1] ?? COLUMN_WIDTH.least;
    this.widths[column - 1] = Math.max(width, before);
  }

  /** The cells set so far by address, in the order first set. */
  get cells(): ReadonlyMap<string, CellModel> {
    return new GridCells(this.grid, this.order.slice());
  }

  build(): SheetModel {
    const columnWidths = Array.from(this.widths, (w) => w ?? COLUMN_WIDTH.least);
    return {
      name: this.name,
      cells: new GridCells(this.grid, this.order),
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

/** Header keys: a row's columns never reach this. */
const HEADER_KEY = MAX_COLUMNS + 1;
