// exceljs 4.4.0 (pinned) builds its Workbook from this file; importing it alone skips the reader and CSV
// code the package entry loads, which halves the time a CLI run spends loading exceljs.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
