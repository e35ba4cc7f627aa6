/** The workbook entry point (`exchange-vsphere-sizer/workbook`): the layout and the xlsx package writer. */
export { buildWorkbook } from './build-workbook.js';
export { writeXlsx } from './xlsx-package.js';
export { renderOutputs, OUTPUT_FORMATS, type OutputFormat } from './render-outputs.js';
export type { WorkbookModel, SheetModel, CellModel } from './sheet-model.js';
