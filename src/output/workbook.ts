/** The workbook entry point (`exchange-vsphere-sizer/workbook`): the layout and the xlsx package writer. */
export { buildWorkbook } from './build-workbook.js';
export { OUTPUT_FORMATS, type OutputFormat, renderOutputs } from './render-outputs.js';
export type { CellModel, SheetModel, WorkbookModel } from './sheet-model.js';
export { writeXlsx } from './xlsx-package.js';
