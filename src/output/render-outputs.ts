import type { OutputFile } from '../io/write-files-atomically.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { buildWorkbook } from './build-workbook.js';
import { comparisonJson, detailsCsv, summaryCsv } from './comparison-csv.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { writeXlsx } from './xlsx-package.js';

export const OUTPUT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * The output files of a comparison in the chosen formats; the CSVs in `csv` (UTF-8 with a BOM, `,` and decimal points by default).
 *
 * @example
 * const files = await renderOutputs(evaluateComparison(inputs, reference), reference, ['xlsx', 'csv']);
 * writeFilesAtomically('out', files, true);
 */
export async function renderOutputs(
  evaluated: EvaluatedComparison,
  reference: ReferenceData,
  formats: readonly OutputFormat[],
  csv: CsvFormat = EXCEL_CSV,
): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  if (formats.includes('xlsx')) {
    files.push({ name: 'comparison.xlsx', content: writeXlsx(buildWorkbook(evaluated, reference)) });
  }
  if (formats.includes('csv')) {
    files.push(
      { name: 'summary.csv', content: summaryCsv(evaluated.comparison, csv) },
      { name: 'details.csv', content: detailsCsv(evaluated.comparison, csv) },
    );
  }
  if (formats.includes('json')) files.push({ name: 'comparison.json', content: comparisonJson(evaluated.comparison) });
  return files;
}
