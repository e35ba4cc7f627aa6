import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import type { CellModel, CellStyle, SheetModel, WorkbookModel } from './sheet-model.js';
import { finishPackage } from './xlsx-package.js';

/** A fixed document date, so the same inputs give the same workbook. */
const DOCUMENT_DATE = new Date(Date.UTC(2010, 10, 1));

const FILLS: Partial<Record<CellStyle, string>> = { input: 'FFFFF2CC', header: 'FFD9E1F2', reference: 'FFF2F2F2', subtitle: 'FFEDEDED' };

function styleOf(model: CellModel): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = FILLS[model.style];
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (model.style === 'title') style.font = { bold: true, size: 14 };
  if (model.style === 'header' || model.style === 'subtitle') style.font = { bold: true };
  if (model.style === 'header') style.alignment = { wrapText: true, vertical: 'top' };
  if (model.style === 'note' || model.style === 'unit') style.font = { color: { argb: 'FF595959' } };
  if (model.style === 'input') {
    const edge = { style: 'thin' as const, color: { argb: 'FFBF9000' } };
    style.protection = { locked: false };
    style.border = { top: edge, bottom: edge, left: edge, right: edge };
  }
  if (model.numFmt) style.numFmt = model.numFmt;
  return style;
}

/** One style object per look: exceljs recognises a style object it has seen and skips re-registering it. */
function styleCache(): (model: CellModel) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (model) => {
    const key = `${model.style}\u0000${model.numFmt ?? ''}`;
    let style = styles.get(key);
    if (!style) styles.set(key, (style = styleOf(model)));
    return style;
  };
}

async function addSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, styleFor: (model: CellModel) => Partial<ExcelJS.Style>): Promise<void> {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
  });
  if (sheet.printOnOnePage) worksheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  sheet.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const [address, model] of sheet.cells) {
    const cell = worksheet.getCell(address);
    cell.value = model.formula === undefined ? model.value : ({ formula: model.formula, result: model.value ?? undefined } as ExcelJS.CellFormulaValue);
    cell.style = styleFor(model);
  }
  for (const validation of sheet.validations) {
    const cell = worksheet.getCell(validation.address);
    cell.dataValidation =
      validation.type === 'list'
        ? { type: 'list', allowBlank: true, formulae: [`"${(validation.list ?? []).join(',')}"`], showErrorMessage: true, showInputMessage: true, prompt: validation.prompt }
        : {
            type: validation.type,
            allowBlank: true,
            operator: validation.maximum === undefined ? 'greaterThanOrEqual' : 'between',
            formulae: validation.maximum === undefined ? [validation.minimum ?? 0] : [validation.minimum ?? 0, validation.maximum],
            showErrorMessage: true,
            showInputMessage: true,
            prompt: validation.prompt,
          };
  }
  // Lock everything but the input cells, without a password (a password would add a random salt).
  await worksheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** Writes a workbook model as .xlsx bytes with exceljs (the sweep sheet and the workbook reader load it too). */
export async function writeXlsx(model: WorkbookModel): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'exchange-vsphere-sizer';
  workbook.lastModifiedBy = 'exchange-vsphere-sizer';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  workbook.calcProperties.fullCalcOnLoad = true;
  const styleFor = styleCache();
  for (const sheet of model.sheets) await addSheet(workbook, sheet, styleFor);
  for (const [name, reference] of model.definedNames) workbook.definedNames.add(reference, name);
  // Stored, not deflated: finishPackage compresses the package once, at the end.
  return finishPackage(Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)), model);
}
