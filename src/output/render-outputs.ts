import type { OutputFile } from '../io/write-files-atomically.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { databaseLimits, optionLayouts, usersInBothSites } from '../plan/option-layout.js';
import { buildWorkbook } from './build-workbook.js';
import { comparisonJson, detailsCsv, summaryCsv } from './comparison-csv.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { layoutFiles } from './layout-exports.js';
import { writeXlsxInBackground } from './xlsx-package.js';

export const OUTPUT_FORMATS = ['xlsx', 'csv', 'json', 'layout'] as const;
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
  // The workbook's parts deflate in the thread pool while the other files are written (issue 16).
  const workbook = formats.includes('xlsx') ? writeXlsxInBackground(buildWorkbook(evaluated, reference)) : undefined;
  if (formats.includes('csv')) {
    files.push(
      { name: 'summary.csv', content: summaryCsv(evaluated.comparison, csv) },
      { name: 'details.csv', content: detailsCsv(evaluated.comparison, csv) },
    );
  }
  if (formats.includes('json')) files.push({ name: 'comparison.json', content: comparisonJson(evaluated.comparison) });
  if (formats.includes('layout')) files.push(...deployablePlan(evaluated, reference));
  if (workbook) files.unshift({ name: 'comparison.xlsx', content: await workbook });
  return files;
}

/** The copy layout of each DAG option as the calculator exports it, its shell script, and each option's DRS rules. */
function deployablePlan(evaluated: EvaluatedComparison, reference: ReferenceData): OutputFile[] {
  const limits = databaseLimits(evaluated, reference);
  const options = reference.tables.get('options')?.rows ?? [];
  const layouts = optionLayouts(evaluated, options).map(({ option, layout }) => ({
    option,
    layout,
    limits,
    lunsPerCopy: Number(String(evaluated.evaluation.figure('lunsPerDatabaseCopy', { option }))),
    dr: { usersInBothSites: usersInBothSites(evaluated, option) },
  }));
  return layoutFiles(
    layouts,
    evaluated.comparison.options.map((o) => ({ option: o.id, placement: o.placement })),
  );
}
