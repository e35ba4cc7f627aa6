import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';

/** A sweep sheet written row by row with exceljs's streaming writer, from CSV text in `format`: memory stays flat. */
export async function openSweepSheet(
  path: string,
  format: CsvFormat = EXCEL_CSV,
): Promise<{ add: (csv: string) => void; close: () => Promise<void> }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.created = new Date(Date.UTC(2010, 10, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Sweep', { views: [{ state: 'frozen', ySplit: 1 }] });
  let header = true;
  const number = format.decimalComma ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  return {
    add: (csv) => {
      for (const record of parse(csv, {
        relax_column_count: true,
        delimiter: format.delimiter,
        bom: true,
      }) as string[][]) {
        const row = sheet.addRow(
          record.map((cell) =>
            header || cell === '' || !number.test(cell)
              ? cell.replace(/^'(?=[=+\-@\t\r])/, '')
              : Number(cell.replace(',', '.')),
          ),
        );
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
