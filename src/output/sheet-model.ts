/** How a cell looks: inputs are the only cells a person edits. */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'computed' | 'reference' | 'unit' | 'note';

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
  readonly type: 'list' | 'whole' | 'decimal';
  /** For `list`: the allowed values. */
  readonly list?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly prompt: string;
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
  /** Printed landscape on one page (the Summary with its charts). */
  readonly printOnOnePage: boolean;
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
  /** Options side by side on the Summary sheet (its charts span them). */
  readonly optionCount: number;
}

/** The height of one line of 11-point Calibri, Excel's default row height, and the most lines a header row grows to. */
const LINE_HEIGHT_POINTS = 15;
const MAX_HEADER_LINES = 6;

/** The 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** A sheet name as a formula prefix: `'dag-ha'!`. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replaceAll("'", "''")}'!`;
}

export function absolute(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}$${columnLetter(column)}$${row}`;
}

export function absoluteRange(sheet: string, firstRow: number, lastRow: number, column: number): string {
  const c = columnLetter(column);
  return `${sheetPrefix(sheet)}$${c}$${firstRow}:$${c}$${lastRow}`;
}

/** Collects the cells of one sheet, row by row. */
export class SheetBuilder {
  readonly cells = new Map<string, CellModel>();
  readonly validations: ValidationModel[] = [];
  private readonly widths: number[] = [];

  constructor(
    readonly name: string,
    private readonly frozen: { rows: number; columns: number } = { rows: 0, columns: 0 },
    private readonly printOnOnePage = false,
    /** Columns from this one on stay narrow, their headers wrapped (the options of the Summary). */
    private readonly narrowFrom = Number.POSITIVE_INFINITY,
  ) {}

  set(row: number, column: number, cell: CellModel): void {
    this.cells.set(cellAddress(row, column), cell);
    const shown = cell.formula === undefined ? String(cell.value ?? '') : String(cell.value ?? '').slice(0, 14);
    const widest = column >= this.narrowFrom ? 16 : 60;
    this.widths[column - 1] = Math.min(widest, Math.max(this.widths[column - 1] ?? 8, shown.length + 2));
  }

  build(): SheetModel {
    const columnWidths = Array.from(this.widths, (w) => w ?? 8);
    return {
      name: this.name,
      cells: this.cells,
      columnWidths,
      rowHeights: this.wrappedRowHeights(columnWidths),
      frozenRows: this.frozen.rows,
      frozenColumns: this.frozen.columns,
      validations: this.validations,
      printOnOnePage: this.printOnOnePage,
    };
  }

  /** Header cells wrap (see the header style): their rows get the height of their longest wrapped text. */
  private wrappedRowHeights(columnWidths: readonly number[]): Map<number, number> {
    const lines = new Map<number, number>();
    for (const [address, cell] of this.cells) {
      if (cell.style !== 'header' || typeof cell.value !== 'string') continue;
      const match = /^([A-Z]+)(\d+)$/.exec(address)!;
      const width = columnWidths[columnNumber(match[1]!) - 1] ?? 8;
      const needed = Math.min(MAX_HEADER_LINES, Math.ceil(cell.value.length / Math.max(1, width - 2)));
      const row = Number(match[2]);
      if (needed > (lines.get(row) ?? 1)) lines.set(row, needed);
    }
    return new Map([...lines].map(([row, count]) => [row, count * LINE_HEIGHT_POINTS]));
  }
}
