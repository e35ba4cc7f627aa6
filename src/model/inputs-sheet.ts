import type { CsvDocument, CsvRecord } from './csv-document.js';
import type { TemplateTexts } from './parse-templates.js';

/** A cell value as a spreadsheet holds it. */
export type SheetValue = string | number | boolean | null;

/** One row of a sheet: its 1-based number and its cells from column A. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly SheetValue[];
}

const text = (value: SheetValue | undefined): string =>
  value === true ? 'yes' : value === false ? 'no' : value === null || value === undefined ? '' : String(value).trim();

/**
 * Reads the Inputs sheet of comparison.xlsx back into the four templates: the scenario parameters
 * (name in A, value in B) and the list blocks under their titles, each row keeping its sheet row number.
 */
export function templatesFromInputsSheet(
  rows: readonly SheetRow[],
  file: string,
  titles: { readonly tier: string; readonly workload: string; readonly price: string },
): TemplateTexts {
  const scenario: CsvRecord[] = [];
  const lists = { tier: [] as CsvRecord[], workload: [] as CsvRecord[], price: [] as CsvRecord[] };
  const headers = { tier: [] as string[], workload: [] as string[], price: [] as string[] };
  const headerRows = { tier: 0, workload: 0, price: 0 };
  const byTitle = new Map(Object.entries(titles).map(([list, title]) => [title, list as keyof typeof lists]));
  let current: keyof typeof lists | 'scenario' = 'scenario';
  let expectHeader = false;
  for (const { row, cells } of rows) {
    const first = text(cells[0]);
    if (row < 4) continue;
    const list = byTitle.get(first);
    if (list) {
      current = list;
      expectHeader = true;
      continue;
    }
    if (cells.every((c) => text(c) === '')) continue;
    if (current === 'scenario') {
      scenario.push({ line: row, fields: { parameter: first, value: text(cells[1]) } });
    } else if (expectHeader) {
      headers[current] = cells
        .map(text)
        .filter((h) => h !== '')
        .map((h) => h.toLowerCase());
      headerRows[current] = row;
      expectHeader = false;
    } else {
      const header = headers[current];
      lists[current].push({ line: row, fields: Object.fromEntries(header.map((h, i) => [h, text(cells[i])])) });
    }
  }
  const document = (records: CsvRecord[], header: readonly string[], headerLine: number): CsvDocument => ({
    file,
    headerLine,
    delimiter: ',',
    header,
    records,
  });
  return {
    scenario: { file, document: document(scenario, ['parameter', 'value'], 4) },
    tiers: { file, document: document(lists.tier, headers.tier, headerRows.tier) },
    workloads: { file, document: document(lists.workload, headers.workload, headerRows.workload) },
    prices: { file, document: document(lists.price, headers.price, headerRows.price) },
  };
}
