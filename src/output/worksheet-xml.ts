import type { SharedStrings } from './shared-strings.js';
import type { CellModel, CellValue, HighlightModel, SheetModel, ValidationModel } from './sheet-model.js';
import { cellAddress, columnLetter, GridCells } from './sheet-model.js';
import { TextBuilder } from './text-builder.js';
import type { StyleTable } from './xlsx-styles.js';
import { cellText, textElement, XML_DECLARATION, xmlText } from './xml-text.js';

const WORKSHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** The row and column of an `AB12` address, read character by character (a workbook has thousands). */
export function cellPosition(sheet: string, address: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (; i < address.length && address.charCodeAt(i) >= 65 && address.charCodeAt(i) <= 90; i++)
    column = column * 26 + address.charCodeAt(i) - 64;
  const row = Number(address.slice(i));
  if (column === 0 || !Number.isInteger(row) || row < 1 || i === address.length)
    throw new Error(`${sheet}: ${address} is not a cell address`);
  return { row, column };
}

/** A sheet's cells in row order, each row's cells by column (a sparse list from 1), and the last row and column. */
export interface SheetRows {
  readonly rows: readonly { readonly row: number; readonly cells: readonly (CellModel | undefined)[] }[];
  readonly lastRow: number;
  readonly lastColumn: number;
}

/**
 * The sheet's cells by row and column, as OOXML orders them: from the builder's grid where the sheet has one, else
 * each address read once (a workbook has hundreds of thousands of cells: issue 16).
 */
export function sheetRows(sheet: SheetModel): SheetRows {
  const grid = sheet.cells instanceof GridCells ? sheet.cells.grid : gridOf(sheet);
  const rows: { row: number; cells: readonly (CellModel | undefined)[] }[] = [];
  let lastColumn = 1;
  for (let row = 1; row < grid.length; row++) {
    const cells = grid[row];
    if (cells === undefined) continue;
    rows.push({ row, cells });
    if (cells.length - 1 > lastColumn) lastColumn = cells.length - 1;
  }
  return { rows, lastRow: Math.max(1, grid.length - 1), lastColumn };
}

/** The cells of a sheet given by address alone, by row and column. */
function gridOf(sheet: SheetModel): (CellModel | undefined)[][] {
  const grid: (CellModel | undefined)[][] = [];
  for (const [address, cell] of sheet.cells) {
    const { row, column } = cellPosition(sheet.name, address);
    (grid[row] ??= [])[column] = cell;
  }
  return grid;
}

/** The last row and column holding a cell. */
export function extentOf(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  let lastRow = 1;
  let lastColumn = 1;
  for (const address of sheet.cells.keys()) {
    const { row, column } = cellPosition(sheet.name, address);
    if (row > lastRow) lastRow = row;
    if (column > lastColumn) lastColumn = column;
  }
  return { lastRow, lastColumn };
}

/** One `<c>` element: a value, or a formula with its cached result; text shared, or inline without a table. */
function cellXml(
  address: string,
  cell: Pick<CellModel, 'value' | 'formula'>,
  style: number,
  strings: SharedStrings | undefined,
): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  const value = cell.value;
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`cell ${address} holds ${value}: the engine gives finite numbers or an error, never this`);
  if (cell.formula !== undefined) {
    const f = `<f>${xmlText(cell.formula)}</f>`;
    if (value === null) return `<c r="${address}"${s}>${f}</c>`;
    if (typeof value === 'number') return `<c r="${address}"${s}>${f}<v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${address}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${address}"${s} t="str">${f}<v>${cellText(value)}</v></c>`;
  }
  if (value === null) return `<c r="${address}"${s}/>`;
  if (typeof value === 'number') return `<c r="${address}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (strings === undefined) return `<c r="${address}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
  return `<c r="${address}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
}

function paneXml(sheet: Pick<SheetModel, 'frozenRows' | 'frozenColumns'>): string {
  const { frozenColumns: x, frozenRows: y } = sheet;
  if (x === 0 && y === 0) return '';
  const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  return `<pane${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''} topLeftCell="${cellAddress(y + 1, x + 1)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

function columnsXml(widths: readonly number[]): string {
  if (widths.length === 0) return '';
  return `<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
}

/** The items of a drop-down as Excel holds them inline: comma-separated, at most 255 characters, no quote or comma in an item. */
function listText(v: ValidationModel): string {
  const items = v.list ?? [];
  const text = items.join(',');
  if (items.length === 0 || items.some((item) => item === '' || /[",]/.test(item)) || text.length > 255) {
    throw new Error(
      `the drop-down of ${v.address} cannot be written inline: ${JSON.stringify(items)} (Excel takes up to 255 characters, items without quotes or commas)`,
    );
  }
  return text;
}

/** Data validations; cells with the same rule share one record, their addresses listed together. */
function validationsXml(validations: readonly ValidationModel[]): string {
  const rules = new Map<string, string[]>();
  for (const v of validations) {
    const rule =
      v.type === 'list'
        ? `type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" prompt="${xmlText(v.prompt)}"><formula1>${xmlText(`"${listText(v)}"`)}</formula1>`
        : v.type === 'custom'
          ? `type="custom" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="${xmlText((v.error ?? '').slice(0, 225))}" prompt="${xmlText(v.prompt)}"><formula1>${xmlText(v.formula ?? 'TRUE')}</formula1>`
          : `type="${v.type}" operator="${v.maximum === undefined ? 'greaterThanOrEqual' : 'between'}" allowBlank="1" showInputMessage="1" showErrorMessage="1" prompt="${xmlText(v.prompt)}"><formula1>${v.minimum ?? 0}</formula1>${v.maximum === undefined ? '' : `<formula2>${v.maximum}</formula2>`}`;
    const cells = rules.get(rule);
    if (cells) cells.push(v.address);
    else rules.set(rule, [v.address]);
  }
  if (rules.size === 0) return '';
  const records = [...rules].map(
    ([rule, cells]) => `<dataValidation sqref="${cells.join(' ')}" ${rule}</dataValidation>`,
  );
  return `<dataValidations count="${records.length}">${records.join('')}</dataValidations>`;
}

/** Conditional formatting: each range highlighted with the workbook's one differential style (dxf 0) where its formula holds. */
function highlightsXml(highlights: readonly HighlightModel[]): string {
  return highlights
    .map(
      (h, i) =>
        `<conditionalFormatting sqref="${h.range}"><cfRule type="expression" dxfId="0" priority="${i + 1}"><formula>${xmlText(h.formula)}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

/**
 * One worksheet part: frozen panes, column widths, the cells, sheet protection (everything but the
 * unlocked input cells, without a password), validations, page setup and the drawing of its charts.
 */
export function worksheetXml(
  sheet: SheetModel,
  styles: StyleTable,
  strings: SharedStrings,
  options: { selected: boolean; drawingId?: string },
  /** The sheet's rows, if the caller has them already (sheetRows). */
  ordered: SheetRows = sheetRows(sheet),
): string {
  const { rows, lastRow, lastColumn } = ordered;
  const height = (row: number) => {
    const points = sheet.rowHeights.get(row);
    return points === undefined ? '' : ` ht="${points}" customHeight="1"`;
  };
  // Joined, not appended: flat strings, where appending would build a rope of every cell (issue 16).
  const data = new TextBuilder();
  for (const { row, cells } of rows) {
    data.add(`<row r="${row}"${height(row)}>`);
    for (let column = 1; column < cells.length; column++) {
      const cell = cells[column];
      if (cell !== undefined) data.add(cellXml(cellAddress(row, column), cell, styles.indexOf(cell), strings));
    }
    data.add('</row>');
  }
  return (
    XML_DECLARATION +
    WORKSHEET +
    // Printed landscape, one page wide, as many pages tall as it takes.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetter(lastColumn)}${lastRow}"/>` +
    `<sheetViews><sheetView${options.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(sheet)}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(sheet.columnWidths) +
    `<sheetData>${data.toString()}</sheetData>` +
    '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>' +
    highlightsXml(sheet.highlights) +
    validationsXml(sheet.validations) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    (sheet.print.breakBeforeRow
      ? `<rowBreaks count="1" manualBreakCount="1"><brk id="${sheet.print.breakBeforeRow - 1}" max="16383" man="1"/></rowBreaks>`
      : '') +
    (options.drawingId ? `<drawing r:id="${options.drawingId}"/>` : '') +
    '</worksheet>'
  );
}

/**
 * A worksheet written as its rows come, none kept: its frozen rows and the rows themselves, nothing that needs
 * all of them first (no dimension, widths or print area). The start, each row, then the end.
 */
export const streamedWorksheet = {
  /** The sheet's opening, up to its rows: the frozen header rows and the width of each column. */
  start: (frozenRows: number, widths: readonly number[] = []): string =>
    `${XML_DECLARATION}${WORKSHEET}<sheetViews><sheetView tabSelected="1" workbookViewId="0">${paneXml({ frozenRows, frozenColumns: 0 })}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${columnsXml(widths)}<sheetData>`,
  /** One row of values (1-based `row`), all of one cell format; an empty value is no cell. */
  row: (row: number, values: readonly CellValue[], style: number): string => {
    let cells = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value !== null && value !== '') cells += cellXml(cellAddress(row, i + 1), { value }, style, undefined);
    }
    return `<row r="${row}">${cells}</row>`;
  },
  end: (): string => '</sheetData></worksheet>',
};
