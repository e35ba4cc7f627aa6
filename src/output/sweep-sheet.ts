import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** A sweep sheet written row by row with exceljs's streaming writer: memory stays flat. */
export async function openSweepSheet(path: string): Promise<{ add: (csv: string) => void; close: () => Promise<void> }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.created = new Date(Date.UTC(2010, 10, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Sweep', { views: [{ state: 'frozen', ySplit: 1 }] });
  let header = true;
  return {
    add: (csv) => {
      for (const record of parse(csv, { relax_column_count: true }) as string[][]) {
        const row = sheet.addRow(record.map((cell) => (header || cell === '' || !/^-?\d+(\.\d+)?$/.test(cell) ? cell.replace(/^'(?=[=+\-@\t\r])/, '') : Number(cell))));
        if (header) row.font = { bold: true };
        row.commit();
        header = false;
      }
    },
    close: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}
